'use client'
import { createContext, useContext } from 'react'
import type { CreateLeadFormState } from './useCreateLeadForm.ts'

export interface CreateLeadFormContextValue {
  form: CreateLeadFormState
  /** Prefix of the ids the fields build (`${idPrefix}-email`). */
  idPrefix: string
}

const CreateLeadFormContext = createContext<CreateLeadFormContextValue | null>(null)

export const CreateLeadFormProvider = CreateLeadFormContext.Provider

/** The form the part sits in; throws, naming the part, outside `<CreateLeadForm.Root>`. */
export function useCreateLeadFormContext(part: string): CreateLeadFormContextValue {
  const value = useContext(CreateLeadFormContext)
  if (value === null) {
    throw new Error(`<CreateLeadForm.${part}> must be used inside <CreateLeadForm.Root>.`)
  }
  return value
}
