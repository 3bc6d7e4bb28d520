'use client'
import { type FormHTMLAttributes, forwardRef, type ReactElement, type Ref } from 'react'
import { useAllMessages } from '../kit/useAllMessages.ts'
import type { AuraMessages } from '../messages/types.ts'
import { FilterBar } from './FilterBar.tsx'
import type { FilterSchema } from './filterSchemas.ts'

export interface ResourceFilterBarProps<TFilters>
  extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onChange' | 'children'> {
  value: TFilters
  onChange: (filters: TFilters) => void
  /** Accessible name of the form; unique per page (axe landmark-unique) when tables share one. */
  label?: string | undefined
}

interface SchemaProps<TFilters> extends ResourceFilterBarProps<TFilters> {
  schema: FilterSchema<TFilters>
  defaultLabel: (messages: AuraMessages) => string
}

function ResourceFilterBarInner<TFilters>(
  { value, onChange, label, schema, defaultLabel, ...rest }: SchemaProps<TFilters>,
  ref: Ref<HTMLFormElement>,
) {
  const messages = useAllMessages()
  return (
    <FilterBar
      {...rest}
      ref={ref}
      label={label ?? defaultLabel(messages)}
      controls={schema.controls(messages)}
      values={schema.toValues(value)}
      onChange={(next) => onChange(schema.fromValues(next, value))}
    />
  )
}

/** One resource's filter bar: its schema's controls in the kit's messages, one `form`. */
export const ResourceFilterBar = forwardRef(ResourceFilterBarInner) as <TFilters>(
  props: SchemaProps<TFilters> & { ref?: Ref<HTMLFormElement> | undefined },
) => ReactElement
