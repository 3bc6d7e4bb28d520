'use client'
import { auraListTable } from '../data-table/readyTable.tsx'
import { type LeadsTableProps, useLeadsTable } from './useLeadsTable.ts'

/**
 * Aura leads: virtualized, infinite, filterable, exportable. Made of parts you can compose
 * yourself over `useLeadsTable`: `LeadsTable.Root`, `.Toolbar`, `.Filters`, `.Export`,
 * `.SortNote`, `.ColumnMenu`, `.Grid`, `.Footer`.
 */
export const LeadsTable = auraListTable<LeadsTableProps>('LeadsTable', useLeadsTable)

export type { LeadsTableProps }
