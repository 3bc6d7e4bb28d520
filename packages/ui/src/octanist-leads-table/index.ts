export { OctanistLeadsTable } from './OctanistLeadsTable.tsx'
export {
  createOctanistCsvColumns,
  createOctanistLeadColumns,
  OCTANIST_CSV_COLUMNS,
  OCTANIST_STATUS_LABELS,
  toOctanistSort,
} from './octanistLeadColumns.tsx'
export type {
  OctanistLeadsTableModel,
  OctanistLeadsTableProps,
} from './useOctanistLeadsTable.ts'
export { useOctanistLeadsTable } from './useOctanistLeadsTable.ts'
