import type { CallFilters, LeadFilters } from '@aura-kit/hooks'
import {
  CALL_FILTER_FIELDS,
  type FilterFields,
  type FiltersOf,
  LEAD_FILTER_FIELDS,
  OCTANIST_FILTER_FIELDS,
  type OctanistTableFilters,
} from '@aura-kit/ui'
import { filtersToSearchParams } from '@aura-kit/ui/utils'

/** `pathname?query` with the filters spelled as the table's page reads them (`useUrlFilters`). */
function link<F extends FilterFields>(pathname: string, fields: F, filters: FiltersOf<F>): string {
  const query = filtersToSearchParams(fields, filters).toString()
  return query ? `${pathname}?${query}` : pathname
}

/** The leads table filtered by a widget's choice: `/leads?status=won`, `/leads?source=google`. */
export const leadsLink = (filters: LeadFilters): string =>
  link('/leads', LEAD_FILTER_FIELDS, filters)

/** The calls table: `/calls?status=no_show`, `/calls?isUpcoming=true`. */
export const callsLink = (filters: CallFilters): string =>
  link('/calls', CALL_FILTER_FIELDS, filters)

/** The Octanist table, dates included: `/octanist?source=gtm&createdFrom=…&createdTo=…`. */
export const octanistLink = (filters: OctanistTableFilters): string =>
  link('/octanist', OCTANIST_FILTER_FIELDS, filters)
