'use client'
import type { Call } from '@aura-kit/client'
import { type CallFilters, useCalls } from '@aura-kit/hooks'
import {
  type AuraListKind,
  type AuraListTableProps,
  useAuraListTable,
} from '../data-table/useAuraListTable.ts'
import type { DataTableModel } from '../data-table/useDataTable.ts'
import { CALL_FILTER_SCHEMA } from '../filter-bar/filterSchemas.ts'
import {
  CALL_COLUMNS,
  CALL_DEFAULT_COLUMN_VISIBILITY,
  createCallCsvColumns,
} from './callColumns.tsx'

export type CallsTableProps = AuraListTableProps<Call, CallFilters>

/** The calls table's model: hand it to `<CallsTable.Root table={…}>`. */
export type CallsTableModel = DataTableModel<Call, CallFilters>

const CALLS: AuraListKind<Call, CallFilters> = {
  columns: CALL_COLUMNS,
  defaultColumnVisibility: CALL_DEFAULT_COLUMN_VISIBILITY,
  csvColumns: (messages) => createCallCsvColumns(messages.columns.callCsv),
  filename: 'calls.csv',
  useList: useCalls,
  pages: (client, filters, signal) => client.calls.pages(filters, { signal }),
  filterSchema: CALL_FILTER_SCHEMA,
  words: ({ table, filters }) => ({
    grid: table.callsLabel,
    filters: filters.callFilters,
    empty: table.callsEmpty,
    emptyFiltered: table.callsEmptyFiltered,
  }),
}

/**
 * Everything `CallsTable` shows, for composing it from parts: rows (plain `data`, or pages
 * through `<AuraKitProvider>`), their query state, columns, filters and their setter, the export
 * source and labels, and the TanStack table (`instance`).
 */
export function useCallsTable(props: CallsTableProps = {}): CallsTableModel {
  return useAuraListTable(props, CALLS)
}
