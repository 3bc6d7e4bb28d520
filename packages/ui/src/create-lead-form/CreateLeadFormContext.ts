'use client'
import { createPartContext, usePartContext } from '../kit/createPartContext.ts'
import type { CreateLeadFormState } from './useCreateLeadForm.ts'

export interface CreateLeadFormContextValue {
  form: CreateLeadFormState
  /** Prefix of the ids the fields build (`${idPrefix}-email`). */
  idPrefix: string
}

const FormPartContext = createPartContext<CreateLeadFormContextValue>('<CreateLeadForm.Root>')
const CreateLeadFormProvider = FormPartContext.Context.Provider
const useFormPart = (part?: string) => usePartContext(FormPartContext, part)

export { CreateLeadFormProvider }

/** The form the part sits in; throws, naming the part, outside `<CreateLeadForm.Root>`. */
export function useCreateLeadFormContext(part: string): CreateLeadFormContextValue {
  return useFormPart(`<CreateLeadForm.${part}>`)
}
