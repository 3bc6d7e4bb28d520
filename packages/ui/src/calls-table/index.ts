export { CallsTable } from './CallsTable.tsx'
export {
  CALL_CSV_COLUMNS,
  CALL_DEFAULT_COLUMN_VISIBILITY,
  CALL_STATUS_LABELS,
  createCallColumns,
  createCallCsvColumns,
} from './callColumns.tsx'
export type { CallsTableModel, CallsTableProps } from './useCallsTable.ts'
export { useCallsTable } from './useCallsTable.ts'
