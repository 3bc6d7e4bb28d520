'use client'
import { AURA_LIST_TABLE_PARTS, StandardTable, sourceKey } from '../data-table/readyTable.tsx'
import { type CallsTableProps, useCallsTable } from './useCallsTable.ts'

function CallsTableView(props: CallsTableProps) {
  return <StandardTable table={useCallsTable(props)} className={props.className} />
}

function CallsTableComponent(props: CallsTableProps) {
  return <CallsTableView key={sourceKey(props)} {...props} />
}

/**
 * Aura calls: virtualized, infinite, filterable, exportable; closers and setters by name. Made of
 * parts over `useCallsTable`: `CallsTable.Root`, `.Toolbar`, `.Filters`, `.Export`, `.SortNote`,
 * `.ColumnMenu`, `.Grid`, `.Footer`.
 */
export const CallsTable = Object.assign(CallsTableComponent, AURA_LIST_TABLE_PARTS)

export type { CallsTableProps }
