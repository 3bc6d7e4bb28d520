'use client'
import { type CreateLeadInput, type Lead, validateCreateLeadInput } from '@aura-kit/client'
import { useCreateLead } from '@aura-kit/hooks'
import { type FormEvent, useEffect, useRef, useState } from 'react'
import {
  ATTRIBUTION_FIELDS,
  CREATE_LEAD_FIELDS,
  type CreateLeadField,
  type CreateLeadFormValues,
  formValuesFrom,
  hasAttribution,
  toCreateLeadInput,
} from './createLeadFormValues.ts'
import {
  errorsFromIssues,
  type FieldError,
  type FieldErrors,
  type FormIssue,
  fieldErrorsFromError,
  hasErrors,
  type MappedErrors,
  sameFieldError,
} from './fieldErrors.ts'
import { useTimeZoneOptions } from './useTimeZoneOptions.ts'

export interface CreateLeadFormOptions {
  onCreated?: ((lead: Lead) => void) | undefined
  defaultValues?: Partial<CreateLeadInput> | undefined
  resetOnSuccess?: boolean | undefined
}

/** The problem shown for the whole form: issues no input shows, or the server's error. */
export interface FormError {
  issues: FormIssue[]
  /** The failed request's id, when the API gave one. */
  requestId: string | null
}

type FocusRequest =
  | { kind: 'field'; field: CreateLeadField }
  | { kind: 'alert' }
  | { kind: 'restart' }

const isAttributionField = (field: CreateLeadField) =>
  (ATTRIBUTION_FIELDS as readonly CreateLeadField[]).includes(field)

/** What `useCreateLeadForm` returns: the state every part of the form reads. */
export type CreateLeadFormState = ReturnType<typeof useCreateLeadForm>

/** The form's state machine: values, inline and form-level errors, submit, focus management. */
export function useCreateLeadForm(options: CreateLeadFormOptions) {
  const latest = useRef(options)
  latest.current = options
  const mutation = useCreateLead()
  const { zones, viewerZone } = useTimeZoneOptions()
  const [values, setValues] = useState(() => formValuesFrom(options.defaultValues))
  const [errors, setErrors] = useState<FieldErrors>({})
  const [formError, setFormError] = useState<FormError | null>(null)
  const [created, setCreated] = useState<Lead | null>(null)
  const [attributionOpen, setAttributionOpen] = useState(() => hasAttribution(values))
  // Refs, not state: a second Enter can arrive before React re-renders with `isPending`.
  const inFlight = useRef(false)
  const attempted = useRef(false)
  const focusRequest = useRef<FocusRequest | null>(null)
  const formRef = useRef<HTMLFormElement | null>(null)
  const alertRef = useRef<HTMLDivElement | null>(null)

  useEffect(() => {
    const request = focusRequest.current
    const form = formRef.current
    if (request === null || form === null) {
      return
    }
    focusRequest.current = null
    runFocusRequest(request, form, alertRef.current)
  })

  const inputFor = (next: CreateLeadFormValues) =>
    toCreateLeadInput(next, viewerZone, latest.current.defaultValues)

  const clientErrors = (next: CreateLeadFormValues) =>
    errorsFromIssues(validateCreateLeadInput(inputFor(next)))

  const showErrors = (mapped: MappedErrors) => {
    setErrors(mapped.fields)
    setFormError(mapped.form.length > 0 ? { issues: mapped.form, requestId: null } : null)
    const first = CREATE_LEAD_FIELDS.find((field) => mapped.fields[field] !== undefined)
    if (first !== undefined && isAttributionField(first)) {
      setAttributionOpen(true)
    }
    focusRequest.current = first === undefined ? { kind: 'alert' } : { kind: 'field', field: first }
  }

  /** Typing fixes an error at once; new errors wait for blur or submit. */
  const setField = (field: CreateLeadField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }))
    setCreated(null)
    if (errors[field] !== undefined) {
      const again = clientErrors({ ...values, [field]: value }).fields[field]
      setErrors((current) => withFieldError(current, field, again))
    }
  }

  const blurField = (field: CreateLeadField) => {
    if (attempted.current) {
      const again = clientErrors(values).fields[field]
      setErrors((current) => withFieldError(current, field, again ?? current[field]))
    }
  }

  const succeed = (lead: Lead) => {
    setCreated(lead)
    if (latest.current.resetOnSuccess !== false) {
      attempted.current = false
      const fresh = formValuesFrom(latest.current.defaultValues)
      setValues(fresh)
      setAttributionOpen(hasAttribution(fresh))
      focusRequest.current = { kind: 'restart' }
    }
    latest.current.onCreated?.(lead)
  }

  const fail = (error: unknown) => {
    const fields = fieldErrorsFromError(error)
    if (fields) {
      showErrors({ fields, form: [] })
    } else {
      setFormError(formErrorFrom(error))
      focusRequest.current = { kind: 'alert' }
    }
  }

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (inFlight.current) {
      return
    }
    attempted.current = true
    setCreated(null)
    const local = clientErrors(values)
    if (hasErrors(local)) {
      showErrors(local)
      return
    }
    setErrors({})
    setFormError(null)
    inFlight.current = true
    let lead: Lead
    try {
      lead = await mutation.mutateAsync(inputFor(values))
    } catch (error) {
      fail(error)
      return
    } finally {
      inFlight.current = false
    }
    // Outside the try: an onCreated that throws must not be reported as a failed create.
    succeed(lead)
  }

  return {
    values,
    /** What the time zone input shows: the typed value, or the viewer's zone until one is typed. */
    timezone: values.timezone ?? viewerZone,
    zones,
    errors,
    formError,
    created,
    pending: mutation.isPending,
    attributionOpen,
    setAttributionOpen,
    setField,
    blurField,
    submit,
    formRef,
    alertRef,
  }
}

/** The server's message (or, without one, the form's own words) and the request id. */
function formErrorFrom(error: unknown): FormError {
  const message = error instanceof Error ? error.message.trim() : ''
  const requestId =
    error instanceof Error && 'requestId' in error && typeof error.requestId === 'string'
      ? error.requestId
      : null
  return { issues: message === '' ? [] : [{ text: message }], requestId }
}

function withFieldError(
  errors: FieldErrors,
  field: CreateLeadField,
  error: FieldError | undefined,
): FieldErrors {
  if (sameFieldError(errors[field], error)) {
    return errors
  }
  const next = { ...errors }
  if (error === undefined) {
    delete next[field]
  } else {
    next[field] = error
  }
  return next
}

function runFocusRequest(request: FocusRequest, form: HTMLFormElement, alert: HTMLElement | null) {
  switch (request.kind) {
    case 'field':
      form.querySelector<HTMLElement>(`[name="${request.field}"]`)?.focus()
      return
    case 'alert':
      alert?.focus()
      return
    case 'restart': {
      // Ready for the next lead, unless onCreated already moved focus elsewhere (closed a dialog).
      const active = form.ownerDocument.activeElement
      if (active === null || active === form.ownerDocument.body || form.contains(active)) {
        form.querySelector<HTMLElement>('[name="email"]')?.focus()
      }
      return
    }
    default:
      request satisfies never
  }
}
