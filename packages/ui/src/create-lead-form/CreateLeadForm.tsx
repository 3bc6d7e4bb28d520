'use client'
import type { CreateLeadInput, Lead } from '@aura-kit/client'
import { forwardRef, useCallback, useId } from 'react'
import { AuraRoot } from '../aura-root/AuraRoot.tsx'
import type { Appearance } from '../aura-root/appearance.ts'
import { normalizePhone } from '../utils/normalizePhone.ts'
import { AttributionSection } from './AttributionSection.tsx'
import { ATTRIBUTION_FIELDS, type CreateLeadField, FIELD_LABELS } from './createLeadFormValues.ts'
import { FormField } from './FormField.tsx'
import { TimeZoneOptions } from './TimeZoneOptions.tsx'
import { useCreateLeadForm } from './useCreateLeadForm.ts'

export interface CreateLeadFormProps {
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
  /** Accessible name of the form. Default "New lead". */
  label?: string | undefined
  /** Text of the submit button. Default "Create lead". */
  submitLabel?: string | undefined
  appearance?: Appearance | undefined
  className?: string | undefined
}

const PHONE_HINT = 'With the country code, like +1 415 555 2671 or 0044 20 7946 0958.'

function phoneHint(typed: string) {
  const normalized = normalizePhone(typed)
  if (normalized.startsWith('+') && normalized !== typed.trim()) {
    return (
      <>
        Saved as <bdi className="aura-mono">{normalized}</bdi>
      </>
    )
  }
  return PHONE_HINT
}

/** Creates an Aura lead through `useCreateLead()`, validating exactly as the client does. */
export const CreateLeadForm = forwardRef<HTMLFormElement, CreateLeadFormProps>(
  function CreateLeadForm(props, forwardedRef) {
    const { onCancel, label = 'New lead', submitLabel = 'Create lead' } = props
    const id = useId()
    const form = useCreateLeadForm(props)
    const { values, errors, pending, formRef } = form
    const setFormRef = useCallback(
      (node: HTMLFormElement | null) => {
        formRef.current = node
        if (typeof forwardedRef === 'function') {
          forwardedRef(node)
        } else if (forwardedRef) {
          forwardedRef.current = node
        }
      },
      [forwardedRef, formRef],
    )
    const field = (name: CreateLeadField) => ({
      id: `${id}-${name}`,
      name,
      label: FIELD_LABELS[name],
      error: errors[name],
      readOnly: pending,
      onValueChange: (value: string) => form.setField(name, value),
      onBlur: () => form.blurField(name),
    })
    const zoneListId = `${id}-zones`
    const createdName = form.created?.full_name || form.created?.email || 'the lead'
    return (
      <AuraRoot appearance={props.appearance} className={props.className}>
        <form
          ref={setFormRef}
          className="aura-form"
          aria-label={label}
          aria-busy={pending || undefined}
          noValidate
          onSubmit={form.submit}
        >
          <div className="aura-form-grid">
            <FormField
              {...field('email')}
              value={values.email}
              type="email"
              inputMode="email"
              dir="ltr"
              spellCheck={false}
              required
            />
            <FormField {...field('fullName')} value={values.fullName} dir="auto" />
            <FormField
              {...field('phone')}
              value={values.phone}
              type="tel"
              inputMode="tel"
              dir="ltr"
              hint={phoneHint(values.phone)}
            />
            <FormField {...field('company')} value={values.company} dir="auto" />
            <FormField
              {...field('timezone')}
              value={form.timezone}
              dir="ltr"
              spellCheck={false}
              list={form.zones.length > 0 ? zoneListId : undefined}
              hint={
                form.zones.length > 0
                  ? 'IANA name; type to search, like Europe/Berlin.'
                  : 'IANA name, like Europe/Berlin.'
              }
              after={
                form.zones.length > 0 ? (
                  <TimeZoneOptions id={zoneListId} zones={form.zones} />
                ) : null
              }
            />
          </div>
          <AttributionSection
            open={form.attributionOpen}
            onOpenChange={form.setAttributionOpen}
            filled={ATTRIBUTION_FIELDS.filter((name) => values[name].trim() !== '').length}
          >
            {ATTRIBUTION_FIELDS.map((name) => (
              <FormField key={name} {...field(name)} value={values[name]} dir="auto" />
            ))}
          </AttributionSection>
          {form.formError ? (
            <div ref={form.alertRef} className="aura-form-alert" role="alert" tabIndex={-1}>
              <strong>Couldn't create the lead</strong>
              <span className="aura-error-message">{form.formError.message}</span>
              {form.formError.requestId ? (
                <span className="aura-request-id">Request id: {form.formError.requestId}</span>
              ) : null}
            </div>
          ) : null}
          <div className="aura-form-actions">
            <p className="aura-form-status" role="status">
              {form.created ? (
                <>
                  Created <bdi>{createdName}</bdi>.
                </>
              ) : null}
            </p>
            {onCancel ? (
              <button type="button" className="aura-button" onClick={onCancel}>
                Cancel
              </button>
            ) : null}
            <button type="submit" className="aura-button" data-variant="primary" disabled={pending}>
              {pending ? 'Creating…' : submitLabel}
            </button>
          </div>
        </form>
      </AuraRoot>
    )
  },
)
