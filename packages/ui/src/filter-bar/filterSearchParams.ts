import type { CallFilters, LeadFilters } from '@aura-kit/hooks'

/** How each filter is spelled in the URL. */
export type FilterFieldType = 'string' | 'boolean'
export type FilterFields = Record<string, FilterFieldType>

export const LEAD_FILTER_FIELDS = {
  status: 'string',
  source: 'string',
  assignedToId: 'string',
} as const satisfies FilterFields

export const CALL_FILTER_FIELDS = {
  status: 'string',
  leadId: 'string',
  closerId: 'string',
  setterId: 'string',
  bookingLinkId: 'string',
  isUpcoming: 'boolean',
} as const satisfies FilterFields

type FilterValue<T extends FilterFieldType> = T extends 'boolean' ? boolean : string
export type FiltersOf<F extends FilterFields> = { [K in keyof F]?: FilterValue<F[K]> | null }

export interface SearchParamsOptions {
  /** Prefix of every key, so two tables on one page keep apart (`leads.status`). */
  prefix?: string
}

/**
 * Writes the fields' filters into a copy of `base` (other params are kept); empty values
 * remove their key.
 */
export function filtersToSearchParams<F extends FilterFields>(
  fields: F,
  filters: FiltersOf<F>,
  { prefix = '' }: SearchParamsOptions = {},
  base: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const params = new URLSearchParams(base)
  for (const name of Object.keys(fields)) {
    const value: unknown = filters[name]
    const key = `${prefix}${name}`
    if (typeof value === 'boolean' || (typeof value === 'string' && value !== '')) {
      params.set(key, String(value))
    } else {
      params.delete(key)
    }
  }
  return params
}

/** Reads the fields' filters back; unknown keys and malformed booleans are ignored. */
export function filtersFromSearchParams<F extends FilterFields>(
  fields: F,
  params: URLSearchParams,
  { prefix = '' }: SearchParamsOptions = {},
): FiltersOf<F> {
  const filters: Record<string, string | boolean> = {}
  for (const [name, type] of Object.entries(fields)) {
    const raw = params.get(`${prefix}${name}`)
    if (raw === null || raw === '') {
      continue
    }
    if (type === 'string') {
      filters[name] = raw
    } else if (raw === 'true' || raw === 'false') {
      filters[name] = raw === 'true'
    }
  }
  return filters as FiltersOf<F>
}

// The field lists must cover exactly the filters the hooks take.
type Covers<A, B> = [Exclude<keyof A, 'limit'>] extends [keyof B] ? true : never
const leadFieldsCover: Covers<LeadFilters, typeof LEAD_FILTER_FIELDS> = true
const callFieldsCover: Covers<CallFilters, typeof CALL_FILTER_FIELDS> = true
void leadFieldsCover
void callFieldsCover
