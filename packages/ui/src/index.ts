export type { Appearance, AppearanceVariables, AuraRootProps } from './aura-root/index.ts'
export { AuraRoot, appearanceStyle, usePortalContainer } from './aura-root/index.ts'
export type {
  CallTranscriptExportProps,
  CallTranscriptFollowProps,
  CallTranscriptHeaderProps,
  CallTranscriptInsightsProps,
  CallTranscriptListProps,
  CallTranscriptPlayerProps,
  CallTranscriptProps,
  CallTranscriptRootProps,
  CallTranscriptSearchProps,
  CallTranscriptSpeakerFilterProps,
  ResolveRecordingSrc,
  TranscriptEntry,
  TranscriptExportInput,
  TranscriptFile,
  TranscriptFormat,
  TranscriptMessages,
} from './call-transcript/index.ts'
export {
  buildTranscriptFile,
  CallTranscript,
  CallTranscriptExport,
  CallTranscriptFollow,
  CallTranscriptHeader,
  CallTranscriptInsights,
  CallTranscriptList,
  CallTranscriptPlayer,
  CallTranscriptRoot,
  CallTranscriptSearch,
  CallTranscriptSpeakerFilter,
  findActiveSegment,
  formatCueTime,
  normalizeTranscript,
  searchTranscript,
  transcriptToJson,
  transcriptToSrt,
  transcriptToText,
  transcriptToVtt,
} from './call-transcript/index.ts'
export type { CallsTableProps } from './calls-table/index.ts'
export {
  CALL_CSV_COLUMNS,
  CALL_STATUS_LABELS,
  CallsTable,
  createCallColumns,
} from './calls-table/index.ts'
export type { HideableColumn } from './column-menu/index.ts'
export { ColumnMenu } from './column-menu/index.ts'
export type {
  CreateLeadField,
  CreateLeadFormProps,
  CreateLeadFormValues,
} from './create-lead-form/index.ts'
export { CreateLeadForm } from './create-lead-form/index.ts'
export type {
  DataTableColumn,
  DataTableFeatures,
  DataTableProps,
  LoadMoreState,
  SortingMode,
} from './data-table/index.ts'
export { DataTable, dataTableFeatures } from './data-table/index.ts'
export type { KitTableProps } from './data-table/kitTableProps.ts'
export type { ExportButtonProps, ExportCsvOptions } from './export-button/index.ts'
export { downloadBlob, ExportButton, exportCsv } from './export-button/index.ts'
export type {
  FilterControl,
  FilterFields,
  FilterFieldType,
  FilterOption,
  FiltersOf,
  FilterValues,
  OctanistTableFilters,
  SearchParamsOptions,
  UseFiltersSearchParamsOptions,
} from './filter-bar/index.ts'
export {
  CALL_FILTER_FIELDS,
  CallFilterBar,
  FilterBar,
  filtersFromSearchParams,
  filtersToSearchParams,
  LEAD_FILTER_FIELDS,
  LeadFilterBar,
  OCTANIST_FILTER_FIELDS,
  OctanistFilterBar,
  toOctanistQuery,
  useFiltersSearchParams,
} from './filter-bar/index.ts'
export type {
  AuraKitProviderProps,
  Kit,
  KitSettings,
  KitUser,
  ResolveUser,
  UserNameProps,
} from './kit/index.ts'
export { AuraKitProvider, UserName, useKit, userQueryKey, useUser } from './kit/index.ts'
export type {
  Attribution,
  AttributionField,
  ClickIdGroup,
  LeadDetailOptions,
  LeadDetailPanelProps,
  LeadDetailSheetProps,
  LeadDetailTarget,
} from './lead-detail-panel/index.ts'
export {
  CLICK_ID_PLATFORMS,
  groupAttribution,
  LeadDetailPanel,
  LeadDetailSheet,
  PAYMENT_STATUS_LABELS,
} from './lead-detail-panel/index.ts'
export type { LeadsTableProps } from './leads-table/index.ts'
export {
  createLeadColumns,
  LEAD_CSV_COLUMNS,
  LEAD_STATUS_LABELS,
  LeadsTable,
} from './leads-table/index.ts'
export type { AuraMessages, MessagesOverride } from './messages/index.ts'
export { en, mergeMessages, plural } from './messages/index.ts'
export type { OctanistLeadsTableProps } from './octanist-leads-table/index.ts'
export {
  createOctanistLeadColumns,
  OCTANIST_CSV_COLUMNS,
  OCTANIST_STATUS_LABELS,
  OctanistLeadsTable,
  toOctanistSort,
} from './octanist-leads-table/index.ts'
export type { CsvColumn } from './utils/csv.ts'
export { escapeCsvField } from './utils/csv.ts'
export type { FormatterOptions, Formatters } from './utils/formatters.ts'
export { createFormatters } from './utils/formatters.ts'
export { normalizePhone } from './utils/normalizePhone.ts'
export { mailtoHref, safeHref, telHref } from './utils/safeHref.ts'
