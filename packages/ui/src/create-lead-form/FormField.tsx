'use client'
import type { InputHTMLAttributes, ReactNode } from 'react'

type InputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'name' | 'value' | 'defaultValue' | 'onChange' | 'children'
>

export interface FormFieldProps extends InputProps {
  id: string
  name: string
  label: string
  value: string
  onValueChange: (value: string) => void
  error?: string | undefined
  hint?: ReactNode
  /** Rendered right after the input (a `<datalist>`). */
  after?: ReactNode
}

/** A labelled input whose hint and error are its description, with `aria-invalid` on error. */
export function FormField({
  id,
  name,
  label,
  value,
  onValueChange,
  error,
  hint,
  after,
  required,
  ...input
}: FormFieldProps) {
  const errorId = `${id}-error`
  const hintId = `${id}-hint`
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ')
  return (
    <div className="aura-field" data-invalid={error ? '' : undefined}>
      <label className="aura-field-label" htmlFor={id}>
        {label}
        {required ? (
          <span className="aura-required" aria-hidden="true">
            {' *'}
          </span>
        ) : null}
      </label>
      <input
        autoComplete="off"
        {...input}
        id={id}
        name={name}
        className="aura-input"
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy === '' ? undefined : describedBy}
        onChange={(event) => onValueChange(event.currentTarget.value)}
      />
      {after}
      {error ? (
        <p id={errorId} className="aura-field-error">
          {error}
        </p>
      ) : null}
      {hint ? (
        <p id={hintId} className="aura-field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  )
}
