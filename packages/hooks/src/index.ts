export type { AuraKitProviderProps, RecordingOptions } from './AuraKitProvider.tsx'
export { AuraKitProvider, useAuraKit, useOptionalAuraKit } from './AuraKitProvider.tsx'
export type { AuraQueries, AuraQueriesConfig } from './auraQueries.ts'
export { createAuraQueries } from './auraQueries.ts'
export { collectRows, flattenPages } from './flattenPages.ts'
export type { PagingIssue } from './pagingIssue.ts'
export { prefetchCall, prefetchLeads } from './prefetch.ts'
export type { CallFilters, LeadFilters, OctanistLeadFilters } from './queryKeys.ts'
export { callKeys, DEFAULT_SCOPE, leadKeys, octanistLeadKeys } from './queryKeys.ts'
export type {
  CallOutcome,
  CallOutcomeFigures,
  PipelineFigures,
} from './stats/callFigures.ts'
export {
  CALL_OUTCOME_GROUPS,
  callOutcomes,
  median,
  outcomeOf,
  pipelineValue,
} from './stats/callFigures.ts'
export type { DayRange } from './stats/dates.ts'
export {
  addDays,
  createDayKeyer,
  daysIn,
  lastDays,
  normalizeRange,
  previousRange,
  startOfDay,
} from './stats/dates.ts'
export type { CallFacts, LeadFacts } from './stats/facts.ts'
export { callFacts, leadFacts } from './stats/facts.ts'
export type {
  Coverage,
  FigureOptions,
  FunnelFigures,
  FunnelShape,
  FunnelStepFigure,
  SourceFigure,
  SourceFigures,
  TimeBucket,
  TimePoint,
  TimeSeriesFigures,
} from './stats/leadFigures.ts'
export {
  AURA_FUNNEL,
  bucketsOf,
  defaultBucket,
  funnelFromCounts,
  leadFunnel,
  leadSources,
  leadsOverTime,
  OCTANIST_FUNNEL,
  sourcesFromCounts,
  topSources,
} from './stats/leadFigures.ts'
export type {
  ListScan,
  ListScanOptions,
  RateLimitBudget,
  ScanClock,
  ScanProgress,
  ScanSnapshot,
} from './stats/listScan.ts'
export { createListScan } from './stats/listScan.ts'
export {
  ALL_BUCKET,
  createdWithin,
  funnelBuckets,
  funnelFromBuckets,
  sourceBuckets,
  sourcesFromBuckets,
  timeBuckets,
  timeSeriesFromBuckets,
} from './stats/octanistBuckets.ts'
export type { PacingOptions } from './stats/pacing.ts'
export { delayBeforeRequest } from './stats/pacing.ts'
export type { CallStats, LeadStats, StatsOptions, StatsProgress } from './stats/useLeadStats.ts'
export { useCallStats, useLeadStats } from './stats/useLeadStats.ts'
export type { ListScanResult, ScanOptions } from './stats/useListScan.ts'
export { SCAN_PAGE_SIZE, useCallScan, useLeadScan } from './stats/useListScan.ts'
export type { CountBucket, OctanistCounts } from './stats/useOctanistCounts.ts'
export {
  COUNT_CONCURRENCY,
  octanistCountKey,
  useOctanistCounts,
} from './stats/useOctanistCounts.ts'
export { useCall } from './useCall.ts'
export { useCalls } from './useCalls.ts'
export { useCreateLead } from './useCreateLead.ts'
export type { InfiniteRows } from './useInfiniteRows.ts'
export { useLead } from './useLead.ts'
export { useLeads } from './useLeads.ts'
export { useOctanistLeads } from './useOctanistLeads.ts'
