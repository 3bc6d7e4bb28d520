export { LeadsTable } from './LeadsTable.tsx'
export {
  createLeadColumns,
  createLeadCsvColumns,
  LEAD_CSV_COLUMNS,
  LEAD_STATUS_LABELS,
} from './leadColumns.tsx'
export type { LeadsTableModel, LeadsTableProps } from './useLeadsTable.ts'
export { useLeadsTable } from './useLeadsTable.ts'
