export type { LeadsTableProps } from './LeadsTable.tsx'
export { LeadsTable } from './LeadsTable.tsx'
export { createLeadColumns, LEAD_CSV_COLUMNS, LEAD_STATUS_LABELS } from './leadColumns.tsx'
