'use client'
import { AURA_LIST_TABLE_PARTS, StandardTable, sourceKey } from '../data-table/readyTable.tsx'
import { type LeadsTableProps, useLeadsTable } from './useLeadsTable.ts'

function LeadsTableView(props: LeadsTableProps) {
  return <StandardTable table={useLeadsTable(props)} className={props.className} />
}

function LeadsTableComponent(props: LeadsTableProps) {
  return <LeadsTableView key={sourceKey(props)} {...props} />
}

/**
 * Aura leads: virtualized, infinite, filterable, exportable. Made of parts you can compose
 * yourself over `useLeadsTable`: `LeadsTable.Root`, `.Toolbar`, `.Filters`, `.Export`,
 * `.SortNote`, `.ColumnMenu`, `.Grid`, `.Footer`.
 */
export const LeadsTable = Object.assign(LeadsTableComponent, AURA_LIST_TABLE_PARTS)

export type { LeadsTableProps }
