'use client'
import { Select } from 'radix-ui'
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

const ANY = '__any__'

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
 * Labelled filter controls: selects apply at once, text and user fields on Enter or Apply.
 * Renders one `form`, forwards its ref and spreads the rest of its props onto it.
 */
export const FilterBar = forwardRef<HTMLFormElement, FilterBarProps>(function FilterBar(
  { label, controls, values, onChange, className, onSubmit, ...rest },
  ref,
) {
  const id = useId()
  const { users, portalContainer } = useKit()
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
              <Select.Root
                value={current === '' ? ANY : current}
                onValueChange={(value) =>
                  onChange({ ...values, [control.name]: value === ANY ? '' : value })
                }
              >
                <Select.Trigger id={controlId} className="aura-select-trigger">
                  <Select.Value />
                  <Select.Icon className="aura-select-icon">▾</Select.Icon>
                </Select.Trigger>
                <Select.Portal container={portalContainer}>
                  <Select.Content className="aura-menu" position="popper" sideOffset={4}>
                    <Select.Viewport>
                      {[{ value: ANY, label: messages.filters.any }, ...control.options].map(
                        (option) => (
                          <Select.Item
                            // Radix copies item text into a hidden native <select> once; a new
                            // label (the language switched) needs a new item to be copied again.
                            key={`${option.value}\u0000${option.label}`}
                            value={option.value}
                            className="aura-menu-item"
                          >
                            <Select.ItemText>{option.label}</Select.ItemText>
                          </Select.Item>
                        ),
                      )}
                    </Select.Viewport>
                  </Select.Content>
                </Select.Portal>
              </Select.Root>
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
