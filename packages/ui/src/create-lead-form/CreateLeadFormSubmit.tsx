'use client'
import { type ButtonHTMLAttributes, forwardRef } from 'react'
import { cx, type PartProps, partElement } from '../kit/parts.ts'
import { useMessages } from '../kit/useMessages.ts'
import { createForm as createFormEn } from '../messages/en/createForm.ts'
import { useCreateLeadFormContext } from './CreateLeadFormContext.ts'

export interface CreateLeadFormSubmitProps
  extends ButtonHTMLAttributes<HTMLButtonElement>,
    PartProps {}

/**
 * The submit button: "Create lead" (or its children), "Creating…" and disabled while the request
 * runs, with `data-state="pending"` then. With `asChild`, the host's element keeps its content.
 */
export const CreateLeadFormSubmit = forwardRef<HTMLButtonElement, CreateLeadFormSubmitProps>(
  function CreateLeadFormSubmit({ asChild, className, children, disabled, ...rest }, ref) {
    const { form } = useCreateLeadFormContext('Submit')
    const text = useMessages('createForm', createFormEn)
    const Element = partElement('button', asChild)
    // With asChild the host's element is the button, its content the host's.
    const content = asChild ? children : form.pending ? text.submitting : (children ?? text.submit)
    return (
      <Element
        type="submit"
        data-variant="primary"
        {...rest}
        ref={ref}
        className={cx('aura-button', className)}
        disabled={disabled || form.pending}
        data-state={form.pending ? 'pending' : 'idle'}
      >
        {content}
      </Element>
    )
  },
)
