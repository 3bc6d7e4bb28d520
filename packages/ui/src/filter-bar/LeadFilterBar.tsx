'use client'
import type { LeadFilters } from '@aura-kit/hooks'
import { forwardRef } from 'react'
import { LEAD_FILTER_SCHEMA } from './filterSchemas.ts'
import { ResourceFilterBar, type ResourceFilterBarProps } from './ResourceFilterBar.tsx'

/** Status, source and assignee (a people picker when the kit knows its users); one `form`. */
export const LeadFilterBar = forwardRef<HTMLFormElement, ResourceFilterBarProps<LeadFilters>>(
  function LeadFilterBar(props, ref) {
    return (
      <ResourceFilterBar
        {...props}
        ref={ref}
        schema={LEAD_FILTER_SCHEMA}
        defaultLabel={(messages) => messages.filters.leadFilters}
      />
    )
  },
)
