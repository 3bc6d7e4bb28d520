/**
 * `@aura-kit/ui/utils`: the pure helpers the components are built from (formatters, safe links,
 * CSV, transcript formats, URL filters, attribution grouping), for hosts that build their own views.
 * The main entry holds the components, their parts, hooks, prop types and label tables.
 */
export { appearanceStyle, usePortalContainer } from './aura-root/index.ts'
export type {
  TranscriptEntry,
  TranscriptExportInput,
  TranscriptFile,
  TranscriptFormat,
} from './call-transcript/index.ts'
export {
  buildTranscriptFile,
  findActiveSegment,
  formatCueTime,
  normalizeTranscript,
  searchTranscript,
  transcriptToJson,
  transcriptToSrt,
  transcriptToText,
  transcriptToVtt,
} from './call-transcript/index.ts'
export { dataTableFeatures } from './data-table/index.ts'
export type { ExportCsvOptions } from './export-button/index.ts'
export { downloadBlob, exportCsv } from './export-button/index.ts'
export type { SearchParamsOptions } from './filter-bar/index.ts'
export {
  filtersFromSearchParams,
  filtersToSearchParams,
  toOctanistQuery,
} from './filter-bar/index.ts'
export { userQueryKey } from './kit/index.ts'
export type { Attribution, AttributionField, ClickIdGroup } from './lead-detail-panel/index.ts'
export { groupAttribution } from './lead-detail-panel/index.ts'
export { mergeMessages, plural } from './messages/index.ts'
export { toOctanistSort } from './octanist-leads-table/index.ts'
export { escapeCsvField } from './utils/csv.ts'
export type { FormatterOptions } from './utils/formatters.ts'
export { createFormatters } from './utils/formatters.ts'
export { normalizePhone } from './utils/normalizePhone.ts'
export { mailtoHref, safeHref, telHref } from './utils/safeHref.ts'
