export type { OctanistLeadsTableProps } from './OctanistLeadsTable.tsx'
export {
  createOctanistLeadColumns,
  OctanistLeadsTable,
  toOctanistSort,
} from './OctanistLeadsTable.tsx'
