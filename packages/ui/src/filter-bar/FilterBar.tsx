'use client'
import { Select } from 'radix-ui'
import { type FormEvent, useId } from 'react'
import { usePortalContainer } from '../aura-root/AuraRoot.tsx'

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

/** Form values by control name; '' means "any". */
export type FilterValues = Record<string, string>

const ANY = '__any__'

interface FilterBarProps {
  label: string
  controls: readonly FilterControl[]
  values: FilterValues
  onChange: (values: FilterValues) => void
}

/** Labelled filter controls: selects apply at once, text fields on Enter or Apply. */
export function FilterBar({ label, controls, values, onChange }: FilterBarProps) {
  const id = useId()
  const container = usePortalContainer()
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const next = { ...values }
    for (const control of controls) {
      if (control.kind === 'text') {
        const value = form.get(control.name)
        next[control.name] = typeof value === 'string' ? value.trim() : ''
      }
    }
    onChange(next)
  }
  return (
    <form className="aura-filter-bar" aria-label={label} onSubmit={onSubmit}>
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
                <Select.Portal container={container}>
                  <Select.Content className="aura-menu" position="popper" sideOffset={4}>
                    <Select.Viewport>
                      {[{ value: ANY, label: 'Any' }, ...control.options].map((option) => (
                        <Select.Item
                          key={option.value}
                          value={option.value}
                          className="aura-menu-item"
                        >
                          <Select.ItemText>{option.label}</Select.ItemText>
                        </Select.Item>
                      ))}
                    </Select.Viewport>
                  </Select.Content>
                </Select.Portal>
              </Select.Root>
            ) : (
              <input
                // Remount when the applied value changes from outside (e.g. Clear filters).
                key={current}
                id={controlId}
                name={control.name}
                type={control.inputType ?? 'text'}
                step={control.inputType === 'number' ? 'any' : undefined}
                className="aura-input"
                defaultValue={current}
                placeholder={control.placeholder}
                autoComplete="off"
              />
            )}
          </div>
        )
      })}
      {controls.some((control) => control.kind === 'text') ? (
        <button type="submit" className="aura-button">
          Apply
        </button>
      ) : null}
    </form>
  )
}
