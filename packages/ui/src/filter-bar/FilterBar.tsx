'use client'
import { type FormHTMLAttributes, forwardRef, useId } from 'react'
import { useKit } from '../kit/KitContext.tsx'
import { cx } from '../kit/parts.ts'
import { useMessageSections } from '../kit/useMessages.ts'
import { filters as filtersEn } from '../messages/en/filters.ts'
import { UserPicker, userIdOf } from './UserPicker.tsx'

export interface FilterOption {
  value: string
  label: string
}

export type FilterControl =
  | { kind: 'select'; name: string; label: string; options: readonly FilterOption[] }
  | {
      kind: 'text'
      name: string
      label: string
      placeholder?: string
      /** The input's type; values are applied on Enter or Apply like text. */
      inputType?: 'text' | 'date' | 'number'
    }
  | {
      /**
       * A user id: a text field, or, when the kit knows its `users`, a searchable picker that
       * shows their names and sends their ids.
       */
      kind: 'user'
      name: string
      label: string
      /** Shown while no users are known (the id is typed). */
      placeholder?: string
    }

/** Form values by control name; '' means "any". */
export type FilterValues = Record<string, string>

/** The form's submit event, as this React's types name it. */
type SubmitEvent = Parameters<NonNullable<FormHTMLAttributes<HTMLFormElement>['onSubmit']>>[0]

export interface FilterBarProps
  extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onChange' | 'children'> {
  /** Accessible name of the form; unique per page when tables share one. */
  label: string
  controls: readonly FilterControl[]
  values: FilterValues
  onChange: (values: FilterValues) => void
}

/**
 * Labelled filter controls: selects (native, with an "any" first option) apply at once, text and
 * user fields on Enter or Apply.
 * Renders one `form`, forwards its ref and spreads the rest of its props onto it.
 */
export const FilterBar = forwardRef<HTMLFormElement, FilterBarProps>(function FilterBar(
  { label, controls, values, onChange, className, onSubmit, ...rest },
  ref,
) {
  const id = useId()
  const { users } = useKit()
  const messages = useMessageSections({ filters: filtersEn })
  const handleSubmit = (event: SubmitEvent) => {
    // The host's handler runs first; if it calls preventDefault(), ours is skipped.
    onSubmit?.(event)
    if (event.defaultPrevented) {
      return
    }
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const next = { ...values }
    for (const control of controls) {
      if (control.kind === 'select') {
        continue
      }
      const value = form.get(control.name)
      const text = typeof value === 'string' ? value.trim() : ''
      next[control.name] = control.kind === 'user' ? userIdOf(text, users) : text
    }
    onChange(next)
  }
  return (
    <form
      {...rest}
      ref={ref}
      className={cx('aura-filter-bar', className)}
      aria-label={label}
      onSubmit={handleSubmit}
    >
      {controls.map((control) => {
        const controlId = `${id}-${control.name}`
        const current = values[control.name] ?? ''
        return (
          <div className="aura-field" key={control.name}>
            <label className="aura-field-label" htmlFor={controlId}>
              {control.label}
            </label>
            {control.kind === 'select' ? (
              <select
                id={controlId}
                name={control.name}
                className="aura-select"
                value={current}
                onChange={(event) => onChange({ ...values, [control.name]: event.target.value })}
              >
                <option value="">{messages.filters.any}</option>
                {control.options.some((option) => option.value === current) ||
                current === '' ? null : (
                  // A value the options don't list (a hand-edited URL) is shown, not hidden behind "any".
                  <option value={current}>{current}</option>
                )}
                {control.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            ) : control.kind === 'user' && users.length > 0 ? (
              <UserPicker
                // Remount when the applied value changes from outside (e.g. Clear filters).
                key={current}
                id={controlId}
                name={control.name}
                value={current}
                users={users}
                placeholder={messages.filters.userPlaceholder}
              />
            ) : (
              <input
                key={current}
                id={controlId}
                name={control.name}
                type={control.kind === 'text' ? (control.inputType ?? 'text') : 'text'}
                step={control.kind === 'text' && control.inputType === 'number' ? 'any' : undefined}
                className="aura-input"
                defaultValue={current}
                placeholder={control.placeholder}
                autoComplete="off"
              />
            )}
          </div>
        )
      })}
      {controls.some((control) => control.kind !== 'select') ? (
        <button type="submit" className="aura-button">
          {messages.filters.apply}
        </button>
      ) : null}
    </form>
  )
})
