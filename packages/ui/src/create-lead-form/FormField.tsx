'use client'
import { forwardRef, type HTMLAttributes, type InputHTMLAttributes, type ReactNode } from 'react'
import { cx } from '../kit/parts.ts'

export type FieldInputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'name' | 'value' | 'defaultValue' | 'onChange' | 'children'
>

export interface FormFieldProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  inputId: string
  name: string
  label: string
  value: string
  onValueChange: (value: string) => void
  /** Props of the input itself (type, inputMode, dir, required, readOnly…). */
  input?: FieldInputProps | undefined
  error?: string | undefined
  hint?: ReactNode
  /** Rendered right after the input (a `<datalist>`). */
  after?: ReactNode
}

/**
 * A labelled input whose hint and error are its description, with `aria-invalid` on error. The
 * props left over go on its wrapper.
 */
export const FormField = forwardRef<HTMLDivElement, FormFieldProps>(function FormField(
  { inputId, name, label, value, onValueChange, input, error, hint, after, className, ...rest },
  ref,
) {
  const errorId = `${inputId}-error`
  const hintId = `${inputId}-hint`
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ')
  return (
    <div
      {...rest}
      ref={ref}
      className={cx('aura-field', className)}
      data-invalid={error ? '' : undefined}
    >
      <label className="aura-field-label" htmlFor={inputId}>
        {label}
        {input?.required ? (
          <span className="aura-required" aria-hidden="true">
            {' *'}
          </span>
        ) : null}
      </label>
      <input
        autoComplete="off"
        {...input}
        id={inputId}
        name={name}
        className="aura-input"
        value={value}
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
})
