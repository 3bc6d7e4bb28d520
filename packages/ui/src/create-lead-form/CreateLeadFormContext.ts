'use client'
import { createPartContext } from '../kit/createPartContext.ts'
import type { CreateLeadFormState } from './useCreateLeadForm.ts'

export interface CreateLeadFormContextValue {
  form: CreateLeadFormState
  /** Prefix of the ids the fields build (`${idPrefix}-email`). */
  idPrefix: string
}

const [CreateLeadFormProvider, useFormPart] =
  createPartContext<CreateLeadFormContextValue>('<CreateLeadForm.Root>')

export { CreateLeadFormProvider }

/** The form the part sits in; throws, naming the part, outside `<CreateLeadForm.Root>`. */
export function useCreateLeadFormContext(part: string): CreateLeadFormContextValue {
  return useFormPart(`<CreateLeadForm.${part}>`)
}
