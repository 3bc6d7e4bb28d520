export type { Appearance, AppearanceVariables, AuraRootProps } from './aura-root/index.ts'
export { AuraRoot } from './aura-root/index.ts'
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
  TranscriptMessages,
} from './call-transcript/index.ts'
export { CallTranscript } from './call-transcript/index.ts'
export type { CallsTableModel, CallsTableProps } from './calls-table/index.ts'
export {
  CALL_CSV_COLUMNS,
  CALL_DEFAULT_COLUMN_VISIBILITY,
  CALL_STATUS_LABELS,
  CallsTable,
  createCallColumns,
  createCallCsvColumns,
  useCallsTable,
} from './calls-table/index.ts'
export type { ColumnMenuProps, HideableColumn } from './column-menu/index.ts'
export { ColumnMenu } from './column-menu/index.ts'
export type {
  CreateLeadField,
  CreateLeadFormAlertProps,
  CreateLeadFormAttributionProps,
  CreateLeadFormCancelProps,
  CreateLeadFormFieldProps,
  CreateLeadFormProps,
  CreateLeadFormRootProps,
  CreateLeadFormStatusProps,
  CreateLeadFormSubmitProps,
  CreateLeadFormValues,
} from './create-lead-form/index.ts'
export { CreateLeadForm } from './create-lead-form/index.ts'
export type {
  AnyDataTableModel,
  DataTableColumn,
  DataTableColumnMenuProps,
  DataTableExportProps,
  DataTableExportSource,
  DataTableFeatures,
  DataTableFilters,
  DataTableFiltersProps,
  DataTableFooterProps,
  DataTableGridProps,
  DataTableLabels,
  DataTableModel,
  DataTableOptions,
  DataTableProps,
  DataTableRootProps,
  DataTableSearch,
  DataTableSearchProps,
  DataTableSortNoteProps,
  DataTableToolbarProps,
  KitTableProps,
  LoadMoreState,
  SortingMode,
} from './data-table/index.ts'
export { DataTable, useDataTable } from './data-table/index.ts'
export type { ExportButtonProps } from './export-button/index.ts'
export { ExportButton } from './export-button/index.ts'
export type {
  FilterControl,
  FilterFields,
  FilterFieldType,
  FilterOption,
  FiltersOf,
  FilterValues,
  OctanistTableFilters,
  UseFiltersSearchParamsOptions,
} from './filter-bar/index.ts'
export {
  CALL_FILTER_FIELDS,
  CallFilterBar,
  FilterBar,
  LEAD_FILTER_FIELDS,
  LeadFilterBar,
  OCTANIST_FILTER_FIELDS,
  OctanistFilterBar,
  useFiltersSearchParams,
} from './filter-bar/index.ts'
export type {
  CallOutcomesProps,
  InsightModel,
  InsightPartProps,
  InsightProgress,
  InsightRootProps,
  InsightStatus,
  InsightTableModel,
  KpiCardDeltaProps,
  KpiCardProps,
  LeadFunnelProps,
  LeadInsightSource,
  LeadSourceChartProps,
  LeadsOverTimeChartProps,
  PipelineValueProps,
} from './insights/index.ts'
export {
  CallOutcomes,
  KpiCard,
  LeadFunnel,
  LeadSourceChart,
  LeadsOverTimeChart,
  PipelineValue,
  useInsight,
} from './insights/index.ts'
export type {
  AuraKitProviderProps,
  Kit,
  KitSettings,
  KitUser,
  ResolveUser,
  UserNameProps,
} from './kit/index.ts'
export { AuraKitProvider, UserName, useKit, useMessages, useUser } from './kit/index.ts'
export type {
  LeadDetailOptions,
  LeadDetailPanelContactProps,
  LeadDetailPanelHeaderProps,
  LeadDetailPanelProps,
  LeadDetailPanelRootProps,
  LeadDetailSectionProps,
  LeadDetailSheetProps,
  LeadDetailTarget,
  LeadDetailValue,
} from './lead-detail-panel/index.ts'
export {
  CLICK_ID_PLATFORMS,
  LeadDetailPanel,
  LeadDetailSheet,
  PAYMENT_STATUS_LABELS,
  useLeadDetail,
} from './lead-detail-panel/index.ts'
export type { LeadsTableModel, LeadsTableProps } from './leads-table/index.ts'
export {
  createLeadColumns,
  createLeadCsvColumns,
  LEAD_CSV_COLUMNS,
  LEAD_STATUS_LABELS,
  LeadsTable,
  useLeadsTable,
} from './leads-table/index.ts'
export type { AuraMessages, MessagesOverride } from './messages/index.ts'
export { en } from './messages/index.ts'
export type {
  OctanistLeadsTableModel,
  OctanistLeadsTableProps,
} from './octanist-leads-table/index.ts'
export {
  createOctanistCsvColumns,
  createOctanistLeadColumns,
  OCTANIST_CSV_COLUMNS,
  OCTANIST_STATUS_LABELS,
  OctanistLeadsTable,
  useOctanistLeadsTable,
} from './octanist-leads-table/index.ts'
export type { CsvColumn } from './utils/csv.ts'
export type { Formatters } from './utils/formatters.ts'
