export type { CreateLeadFormProps } from './CreateLeadForm.tsx'
export { CreateLeadForm } from './CreateLeadForm.tsx'
export type { CreateLeadField, CreateLeadFormValues } from './createLeadFormValues.ts'
