import type { CallListParams, LeadListParams, OctanistLeadQuery } from '@aura-kit/client'

/** The scope a provider uses unless told otherwise. */
export const DEFAULT_SCOPE = 'default'

const root = (scope: string) => ['aura-kit', scope] as const

/**
 * Query keys run from general to specific (`all → list(filters) → detail(id)`), so a prefix
 * invalidates a whole family. The scope keeps two providers that share one `QueryClient` apart.
 */
export const leadKeys = {
  all: (scope: string = DEFAULT_SCOPE) => [...root(scope), 'leads'] as const,
  lists: (scope: string = DEFAULT_SCOPE) => [...leadKeys.all(scope), 'list'] as const,
  list: (filters: LeadFilters = {}, scope: string = DEFAULT_SCOPE) =>
    [...leadKeys.lists(scope), filters] as const,
  detail: (id: string, scope: string = DEFAULT_SCOPE) =>
    [...leadKeys.all(scope), 'detail', id] as const,
}

export const callKeys = {
  all: (scope: string = DEFAULT_SCOPE) => [...root(scope), 'calls'] as const,
  lists: (scope: string = DEFAULT_SCOPE) => [...callKeys.all(scope), 'list'] as const,
  list: (filters: CallFilters = {}, scope: string = DEFAULT_SCOPE) =>
    [...callKeys.lists(scope), filters] as const,
  detail: (id: string, scope: string = DEFAULT_SCOPE) =>
    [...callKeys.all(scope), 'detail', id] as const,
}

export const octanistLeadKeys = {
  all: (scope: string = DEFAULT_SCOPE) => [...root(scope), 'octanist-leads'] as const,
  lists: (scope: string = DEFAULT_SCOPE) => [...octanistLeadKeys.all(scope), 'list'] as const,
  list: (query: OctanistLeadFilters = {}, scope: string = DEFAULT_SCOPE) =>
    [...octanistLeadKeys.lists(scope), query] as const,
}

/** List filters: everything the list call takes except the paging parameters. */
export type LeadFilters = Omit<LeadListParams, 'cursor'>
export type CallFilters = Omit<CallListParams, 'cursor'>
export type OctanistLeadFilters = Omit<OctanistLeadQuery, 'page'>
