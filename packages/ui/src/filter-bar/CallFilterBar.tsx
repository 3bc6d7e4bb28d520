'use client'
import type { CallFilters } from '@aura-kit/hooks'
import { forwardRef } from 'react'
import { CALL_FILTER_SCHEMA } from './filterSchemas.ts'
import { ResourceFilterBar, type ResourceFilterBarProps } from './ResourceFilterBar.tsx'

/**
 * Status, upcoming/past, lead, closer and setter (people pickers when the kit knows its users),
 * booking link; one `form`.
 */
export const CallFilterBar = forwardRef<HTMLFormElement, ResourceFilterBarProps<CallFilters>>(
  function CallFilterBar(props, ref) {
    return (
      <ResourceFilterBar
        {...props}
        ref={ref}
        schema={CALL_FILTER_SCHEMA}
        defaultLabel={(messages) => messages.filters.callFilters}
      />
    )
  },
)
