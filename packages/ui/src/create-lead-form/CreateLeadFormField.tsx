'use client'
import { forwardRef, type HTMLAttributes, type ReactNode } from 'react'
import { useMessages } from '../kit/useMessages.ts'
import { createForm as createFormEn } from '../messages/en/createForm.ts'
import type { AuraMessages } from '../messages/types.ts'
import { normalizePhone } from '../utils/normalizePhone.ts'
import { useCreateLeadFormContext } from './CreateLeadFormContext.ts'
import type { CreateLeadField } from './createLeadFormValues.ts'
import { type FieldInputProps, FormField } from './FormField.tsx'
import { fieldErrorText } from './fieldErrors.ts'
import { TimeZoneOptions } from './TimeZoneOptions.tsx'
import { withValue } from './withValue.tsx'

export interface CreateLeadFormFieldProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** Which input: `email`, `fullName`, `phone`, `company`, `timezone` or an attribution key. */
  name: CreateLeadField
  /** The label; default the field's name in `messages.createForm`. */
  label?: string | undefined
  /** The hint under the input; default the kit's for phone and time zone, none for the rest. */
  hint?: ReactNode
}

/** How each input takes its text. */
const INPUTS: Record<CreateLeadField, FieldInputProps> = {
  email: { type: 'email', inputMode: 'email', dir: 'ltr', spellCheck: false, required: true },
  fullName: { dir: 'auto' },
  phone: { type: 'tel', inputMode: 'tel', dir: 'ltr' },
  company: { dir: 'auto' },
  timezone: { dir: 'ltr', spellCheck: false },
  utmSource: { dir: 'auto' },
  utmMedium: { dir: 'auto' },
  utmCampaign: { dir: 'auto' },
  utmTerm: { dir: 'auto' },
  utmContent: { dir: 'auto' },
  referrer: { dir: 'auto' },
}

function phoneHint(text: AuraMessages['createForm'], typed: string): ReactNode {
  const normalized = normalizePhone(typed)
  if (normalized.startsWith('+') && normalized !== typed.trim()) {
    return withValue(text.phoneSavedAs, <bdi className="aura-mono">{normalized}</bdi>)
  }
  return text.phoneHint
}

/**
 * One labelled input of the form (`<div>` with label, input, error and hint); its error shows
 * after a submit or a blur, in the kit's language. The time zone input suggests IANA zones.
 */
export const CreateLeadFormField = forwardRef<HTMLDivElement, CreateLeadFormFieldProps>(
  function CreateLeadFormField({ name, label, hint, ...rest }, ref) {
    const { form, idPrefix } = useCreateLeadFormContext('Field')
    const text = useMessages('createForm', createFormEn)
    const inputId = `${idPrefix}-${name}`
    const error = form.errors[name]
    const zoneListId = `${idPrefix}-zones`
    const suggestsZones = name === 'timezone' && form.zones.length > 0
    let defaultHint: ReactNode = null
    if (name === 'phone') {
      defaultHint = phoneHint(text, form.values.phone)
    } else if (name === 'timezone') {
      defaultHint = suggestsZones ? text.timezoneSearchHint : text.timezoneHint
    }
    return (
      <FormField
        {...rest}
        ref={ref}
        inputId={inputId}
        name={name}
        label={label ?? text[name]}
        value={name === 'timezone' ? form.timezone : form.values[name]}
        onValueChange={(value) => form.setField(name, value)}
        input={{
          ...INPUTS[name],
          readOnly: form.pending,
          list: suggestsZones ? zoneListId : undefined,
          onBlur: () => form.blurField(name),
        }}
        error={error === undefined ? undefined : fieldErrorText(text, name, error)}
        hint={hint === undefined ? defaultHint : hint}
        after={suggestsZones ? <TimeZoneOptions id={zoneListId} zones={form.zones} /> : null}
      />
    )
  },
)
