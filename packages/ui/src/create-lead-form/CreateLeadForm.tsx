'use client'
import type { CreateLeadInput, Lead } from '@aura-kit/client'
import { forwardRef, type ReactNode, type Ref, useCallback, useId } from 'react'
import { AuraRoot } from '../aura-root/AuraRoot.tsx'
import { useKit } from '../kit/KitContext.tsx'
import type { KitSettings } from '../kit/kitSettings.ts'
import type { AuraMessages } from '../messages/types.ts'
import { normalizePhone } from '../utils/normalizePhone.ts'
import { AttributionSection } from './AttributionSection.tsx'
import { ATTRIBUTION_FIELDS, type CreateLeadField } from './createLeadFormValues.ts'
import { FormField } from './FormField.tsx'
import { fieldErrorText, formIssueText } from './fieldErrors.ts'
import { TimeZoneOptions } from './TimeZoneOptions.tsx'
import { type FormError, useCreateLeadForm } from './useCreateLeadForm.ts'
import { withValue } from './withValue.tsx'

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

type Messages = AuraMessages

function phoneHint(messages: Messages['createForm'], typed: string): ReactNode {
  const normalized = normalizePhone(typed)
  if (normalized.startsWith('+') && normalized !== typed.trim()) {
    return withValue(messages.phoneSavedAs, <bdi className="aura-mono">{normalized}</bdi>)
  }
  return messages.phoneHint
}

function FormAlert({
  error,
  messages,
  alertRef,
}: {
  error: FormError
  messages: Messages
  alertRef: Ref<HTMLDivElement>
}) {
  const text =
    error.issues.length > 0
      ? error.issues.map((issue) => formIssueText(messages.createForm, issue)).join(' ')
      : messages.common.somethingWentWrong
  return (
    <div ref={alertRef} className="aura-form-alert" role="alert" tabIndex={-1}>
      <strong>{messages.createForm.createFailed}</strong>
      <span className="aura-error-message">{text}</span>
      {error.requestId ? (
        <span className="aura-request-id">{messages.common.requestId(error.requestId)}</span>
      ) : null}
    </div>
  )
}

/**
 * Creates an Aura lead through `useCreateLead()`, validating exactly as the client does. Its
 * words come from the kit's messages (`createForm`); `appearance`, `locale` and `messages`
 * override the kit's for this form only.
 */
export const CreateLeadForm = forwardRef<HTMLFormElement, CreateLeadFormProps>(
  function CreateLeadForm(props, forwardedRef) {
    const { appearance, locale, messages, className, ...formProps } = props
    return (
      <AuraRoot appearance={appearance} locale={locale} messages={messages} className={className}>
        <CreateLeadFormContent {...formProps} ref={forwardedRef} />
      </AuraRoot>
    )
  },
)

type ContentProps = Omit<CreateLeadFormProps, 'appearance' | 'locale' | 'messages' | 'className'>

const CreateLeadFormContent = forwardRef<HTMLFormElement, ContentProps>(
  function CreateLeadFormContent(props, forwardedRef) {
    const { messages, format } = useKit()
    const text = messages.createForm
    const { onCancel, label = text.formLabel, submitLabel = text.submit } = props
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
    const field = (name: CreateLeadField) => {
      const error = errors[name]
      return {
        id: `${id}-${name}`,
        name,
        label: text[name],
        error: error === undefined ? undefined : fieldErrorText(text, name, error),
        readOnly: pending,
        onValueChange: (value: string) => form.setField(name, value),
        onBlur: () => form.blurField(name),
      }
    }
    const zoneListId = `${id}-zones`
    const createdName = form.created?.full_name || form.created?.email || text.createdFallbackName
    const filled = ATTRIBUTION_FIELDS.filter((name) => values[name].trim() !== '').length
    return (
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
            hint={phoneHint(text, values.phone)}
          />
          <FormField {...field('company')} value={values.company} dir="auto" />
          <FormField
            {...field('timezone')}
            value={form.timezone}
            dir="ltr"
            spellCheck={false}
            list={form.zones.length > 0 ? zoneListId : undefined}
            hint={form.zones.length > 0 ? text.timezoneSearchHint : text.timezoneHint}
            after={
              form.zones.length > 0 ? <TimeZoneOptions id={zoneListId} zones={form.zones} /> : null
            }
          />
        </div>
        <AttributionSection
          open={form.attributionOpen}
          onOpenChange={form.setAttributionOpen}
          label={text.attribution}
          triggerLabel={
            filled > 0 ? text.attributionFilled(filled, format.integer(filled)) : text.attribution
          }
        >
          {ATTRIBUTION_FIELDS.map((name) => (
            <FormField key={name} {...field(name)} value={values[name]} dir="auto" />
          ))}
        </AttributionSection>
        {form.formError ? (
          <FormAlert error={form.formError} messages={messages} alertRef={form.alertRef} />
        ) : null}
        <div className="aura-form-actions">
          <p className="aura-form-status" role="status">
            {form.created ? withValue(text.created, <bdi>{createdName}</bdi>) : null}
          </p>
          {onCancel ? (
            <button type="button" className="aura-button" onClick={onCancel}>
              {text.cancel}
            </button>
          ) : null}
          <button type="submit" className="aura-button" data-variant="primary" disabled={pending}>
            {pending ? text.submitting : submitLabel}
          </button>
        </div>
      </form>
    )
  },
)
