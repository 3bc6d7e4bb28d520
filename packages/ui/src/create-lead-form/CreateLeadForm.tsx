'use client'
import type { CreateLeadInput, Lead } from '@aura-kit/client'
import { forwardRef } from 'react'
import { AuraRoot } from '../aura-root/AuraRoot.tsx'
import type { KitSettings } from '../kit/kitSettings.ts'
import { CreateLeadFormAlert } from './CreateLeadFormAlert.tsx'
import { CreateLeadFormAttribution } from './CreateLeadFormAttribution.tsx'
import { CreateLeadFormCancel } from './CreateLeadFormCancel.tsx'
import { CreateLeadFormField } from './CreateLeadFormField.tsx'
import { CreateLeadFormRoot } from './CreateLeadFormRoot.tsx'
import { CreateLeadFormStatus } from './CreateLeadFormStatus.tsx'
import { CreateLeadFormSubmit } from './CreateLeadFormSubmit.tsx'
import { CONTACT_FIELDS } from './createLeadFormValues.ts'

export interface CreateLeadFormProps
  extends Pick<KitSettings, 'appearance' | 'locale' | 'messages'> {
  /** Called with the lead the API created. */
  onCreated?: ((lead: Lead) => void) | undefined
  /** Shows a Cancel button that calls this. */
  onCancel?: (() => void) | undefined
  /**
   * Initial values, and what the form resets to. `timezone` defaults to the viewer's zone (pass
   * `null` for none). Metadata keys the form doesn't show are sent unchanged.
   */
  defaultValues?: Partial<CreateLeadInput> | undefined
  /** Clear the form after a lead is created. Default true. */
  resetOnSuccess?: boolean | undefined
  /** Accessible name of the form. Default `messages.createForm.formLabel` ("New lead"). */
  label?: string | undefined
  /** Text of the submit button. Default `messages.createForm.submit` ("Create lead"). */
  submitLabel?: string | undefined
  className?: string | undefined
}

/**
 * Creates an Aura lead through `useCreateLead()`, validating exactly as the client does: the
 * contact fields, the Attribution section, the error alert, the status line and the buttons, in a
 * kit root. Its words come from the kit's messages (`createForm`); `appearance`, `locale` and
 * `messages` override the kit's for this form only. The ref is the `<form>`'s. For another layout,
 * compose the parts: `CreateLeadForm.Root`, `.Field`, `.Attribution`, `.Alert`, `.Status`,
 * `.Submit`, `.Cancel`.
 */
const CreateLeadFormComponent = forwardRef<HTMLFormElement, CreateLeadFormProps>(
  function CreateLeadForm(
    {
      appearance,
      locale,
      messages,
      className,
      onCancel,
      submitLabel,
      onCreated,
      defaultValues,
      resetOnSuccess,
      label,
    },
    ref,
  ) {
    return (
      <AuraRoot appearance={appearance} locale={locale} messages={messages} className={className}>
        <CreateLeadFormRoot
          ref={ref}
          onCreated={onCreated}
          defaultValues={defaultValues}
          resetOnSuccess={resetOnSuccess}
          label={label}
        >
          <div className="aura-form-grid">
            {CONTACT_FIELDS.map((name) => (
              <CreateLeadFormField key={name} name={name} />
            ))}
          </div>
          <CreateLeadFormAttribution />
          <CreateLeadFormAlert />
          <div className="aura-form-actions">
            <CreateLeadFormStatus />
            {onCancel ? <CreateLeadFormCancel onClick={onCancel} /> : null}
            <CreateLeadFormSubmit>{submitLabel}</CreateLeadFormSubmit>
          </div>
        </CreateLeadFormRoot>
      </AuraRoot>
    )
  },
)

/** The ready-made form, with its parts as `CreateLeadForm.Root`, `CreateLeadForm.Field`… */
export const CreateLeadForm = Object.assign(CreateLeadFormComponent, {
  Root: CreateLeadFormRoot,
  Field: CreateLeadFormField,
  Attribution: CreateLeadFormAttribution,
  Alert: CreateLeadFormAlert,
  Status: CreateLeadFormStatus,
  Submit: CreateLeadFormSubmit,
  Cancel: CreateLeadFormCancel,
})
