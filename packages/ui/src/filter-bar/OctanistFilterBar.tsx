'use client'
import { forwardRef } from 'react'
import { OCTANIST_FILTER_SCHEMA } from './filterSchemas.ts'
import type { OctanistTableFilters } from './octanistFilters.ts'
import { ResourceFilterBar, type ResourceFilterBarProps } from './ResourceFilterBar.tsx'

/** Status, source, created range, value range and "has click id" for the Octanist table. */
export const OctanistFilterBar = forwardRef<
  HTMLFormElement,
  ResourceFilterBarProps<OctanistTableFilters>
>(function OctanistFilterBar(props, ref) {
  return (
    <ResourceFilterBar
      {...props}
      ref={ref}
      schema={OCTANIST_FILTER_SCHEMA}
      defaultLabel={(messages) => messages.filters.octanistFilters}
    />
  )
})
