export { CallFilterBar } from './CallFilterBar.tsx'
export type { FilterBarProps, FilterControl, FilterOption, FilterValues } from './FilterBar.tsx'
export { FilterBar } from './FilterBar.tsx'
export type { FilterSchema } from './filterSchemas.ts'
export {
  CALL_FILTER_SCHEMA,
  dropEmpty,
  LEAD_FILTER_SCHEMA,
  OCTANIST_FILTER_SCHEMA,
} from './filterSchemas.ts'
export type {
  FilterFields,
  FilterFieldType,
  FiltersOf,
  SearchParamsOptions,
} from './filterSearchParams.ts'
export {
  CALL_FILTER_FIELDS,
  filtersFromSearchParams,
  filtersToSearchParams,
  LEAD_FILTER_FIELDS,
} from './filterSearchParams.ts'
export { LeadFilterBar } from './LeadFilterBar.tsx'
export { OctanistFilterBar } from './OctanistFilterBar.tsx'
export type { OctanistTableFilters } from './octanistFilters.ts'
export { OCTANIST_FILTER_FIELDS, toOctanistQuery } from './octanistFilters.ts'
export type { ResourceFilterBarProps } from './ResourceFilterBar.tsx'
export type { UseFiltersSearchParamsOptions } from './useFiltersSearchParams.ts'
export { useFiltersSearchParams } from './useFiltersSearchParams.ts'
