import type { AuraKitError } from '@aura-kit/client'

export type { AuraKitProviderProps } from './AuraKitProvider.tsx'
export { AuraKitProvider, useAuraKit } from './AuraKitProvider.tsx'
export type { AuraQueries, AuraQueriesConfig } from './auraQueries.ts'
export { createAuraQueries } from './auraQueries.ts'
export { flattenPages } from './flattenPages.ts'
export { prefetchCall, prefetchLeads } from './prefetch.ts'
export type { CallFilters, LeadFilters, OctanistLeadFilters } from './queryKeys.ts'
export { callKeys, DEFAULT_SCOPE, leadKeys, octanistLeadKeys } from './queryKeys.ts'
export { useCall } from './useCall.ts'
export { useCalls } from './useCalls.ts'
export { useCreateLead } from './useCreateLead.ts'
export type { InfiniteRows } from './useInfiniteRows.ts'
export { useLead } from './useLead.ts'
export { useLeads } from './useLeads.ts'
export { useOctanistLeads } from './useOctanistLeads.ts'

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: AuraKitError
  }
}
