'use client'
import { auraListTable } from '../data-table/readyTable.tsx'
import { type CallsTableProps, useCallsTable } from './useCallsTable.ts'

/**
 * Aura calls: virtualized, infinite, filterable, exportable; closers and setters by name. Made of
 * parts over `useCallsTable`: `CallsTable.Root`, `.Toolbar`, `.Filters`, `.Export`, `.SortNote`,
 * `.ColumnMenu`, `.Grid`, `.Footer`.
 */
export const CallsTable = auraListTable<CallsTableProps>('CallsTable', useCallsTable)

export type { CallsTableProps }
