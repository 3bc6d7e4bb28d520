'use client'
import { type FormHTMLAttributes, forwardRef, type ReactNode, useId } from 'react'
import { composeEventHandlers, useComposedRefs } from '../kit/compose.ts'
import { cx, type PartProps, partElement } from '../kit/parts.ts'
import { useMessages } from '../kit/useMessages.ts'
import { createForm as createFormEn } from '../messages/en/createForm.ts'
import { CreateLeadFormProvider } from './CreateLeadFormContext.ts'
import { type CreateLeadFormOptions, useCreateLeadForm } from './useCreateLeadForm.ts'

export interface CreateLeadFormRootProps
  extends Omit<FormHTMLAttributes<HTMLFormElement>, 'defaultValue' | 'children'>,
    CreateLeadFormOptions,
    PartProps {
  /** Accessible name of the form. Default `messages.createForm.formLabel` ("New lead"). */
  label?: string | undefined
  children?: ReactNode
}

/**
 * The `<form>`: holds the values, validates as the client does and creates the lead through
 * `useCreateLead()` on submit. Its parts (`Field`, `Attribution`, `Alert`, `Status`, `Submit`,
 * `Cancel`) go anywhere inside it. Place it inside a kit root (`AuraRoot`, as `CreateLeadForm`
 * does), which scopes the kit's CSS. A host's `onSubmit` runs first; calling `preventDefault()`
 * there leaves the lead uncreated.
 */
export const CreateLeadFormRoot = forwardRef<HTMLFormElement, CreateLeadFormRootProps>(
  function CreateLeadFormRoot(
    {
      onCreated,
      defaultValues,
      resetOnSuccess,
      label,
      asChild,
      className,
      onSubmit,
      children,
      ...rest
    },
    forwardedRef,
  ) {
    const text = useMessages('createForm', createFormEn)
    const idPrefix = useId()
    const form = useCreateLeadForm({ onCreated, defaultValues, resetOnSuccess })
    const ref = useComposedRefs(forwardedRef, form.formRef)
    const Element = partElement('form', asChild)
    return (
      <CreateLeadFormProvider value={{ form, idPrefix }}>
        <Element
          aria-label={label ?? text.formLabel}
          aria-busy={form.pending || undefined}
          noValidate
          {...rest}
          ref={ref}
          className={cx('aura-form', className)}
          data-state={form.pending ? 'pending' : 'idle'}
          onSubmit={composeEventHandlers(onSubmit, form.submit)}
        >
          {children}
        </Element>
      </CreateLeadFormProvider>
    )
  },
)
