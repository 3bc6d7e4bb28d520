'use client'
import { forwardRef, type HTMLAttributes } from 'react'
import { cx } from '../kit/parts.ts'
import { useMessages } from '../kit/useMessages.ts'
import { createForm as createFormEn } from '../messages/en/createForm.ts'
import { useCreateLeadFormContext } from './CreateLeadFormContext.ts'
import { withValue } from './withValue.tsx'

export type CreateLeadFormStatusProps = Omit<HTMLAttributes<HTMLParagraphElement>, 'children'>

/** A live region that announces the lead just created ("Created Ada Lovelace."). */
export const CreateLeadFormStatus = forwardRef<HTMLParagraphElement, CreateLeadFormStatusProps>(
  function CreateLeadFormStatus({ className, ...rest }, ref) {
    const { form } = useCreateLeadFormContext('Status')
    const text = useMessages('createForm', createFormEn)
    const created = form.created
    const name = created?.full_name || created?.email || text.createdFallbackName
    return (
      <p role="status" {...rest} ref={ref} className={cx('aura-form-status', className)}>
        {created ? withValue(text.created, <bdi>{name}</bdi>) : null}
      </p>
    )
  },
)
