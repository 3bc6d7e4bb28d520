'use client'
import { forwardRef, type HTMLAttributes } from 'react'
import { useComposedRefs } from '../kit/compose.ts'
import { cx } from '../kit/parts.ts'
import { useMessageSections } from '../kit/useMessages.ts'
import { common as commonEn } from '../messages/en/common.ts'
import { createForm as createFormEn } from '../messages/en/createForm.ts'
import { useCreateLeadFormContext } from './CreateLeadFormContext.ts'
import { formIssueText } from './fieldErrors.ts'

export type CreateLeadFormAlertProps = Omit<HTMLAttributes<HTMLDivElement>, 'children'>

/**
 * Why the lead wasn't created, when no single field can say it: the server's message and the
 * request id. Renders nothing otherwise; takes focus when it appears.
 */
export const CreateLeadFormAlert = forwardRef<HTMLDivElement, CreateLeadFormAlertProps>(
  function CreateLeadFormAlert({ className, ...rest }, forwardedRef) {
    const { form } = useCreateLeadFormContext('Alert')
    const messages = useMessageSections({ common: commonEn, createForm: createFormEn })
    const ref = useComposedRefs(forwardedRef, form.alertRef)
    const error = form.formError
    if (error === null) {
      return null
    }
    const message =
      error.issues.length > 0
        ? error.issues.map((issue) => formIssueText(messages.createForm, issue)).join(' ')
        : messages.common.somethingWentWrong
    return (
      <div
        role="alert"
        tabIndex={-1}
        {...rest}
        ref={ref}
        className={cx('aura-form-alert', className)}
      >
        <strong>{messages.createForm.createFailed}</strong>
        <span className="aura-error-message">{message}</span>
        {error.requestId ? (
          <span className="aura-request-id">{messages.common.requestId(error.requestId)}</span>
        ) : null}
      </div>
    )
  },
)
