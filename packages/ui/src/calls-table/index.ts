export type { CallsTableProps } from './CallsTable.tsx'
export { CallsTable } from './CallsTable.tsx'
export { CALL_CSV_COLUMNS, CALL_STATUS_LABELS, createCallColumns } from './callColumns.tsx'
