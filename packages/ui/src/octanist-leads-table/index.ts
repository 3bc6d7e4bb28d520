export type { OctanistLeadsTableProps } from './OctanistLeadsTable.tsx'
export { OctanistLeadsTable } from './OctanistLeadsTable.tsx'
export {
  createOctanistLeadColumns,
  OCTANIST_CSV_COLUMNS,
  OCTANIST_STATUS_LABELS,
  toOctanistSort,
} from './octanistLeadColumns.tsx'
