'use client'
import type { Call } from '@aura-kit/client'
import { type CallFilters, useCalls } from '@aura-kit/hooks'
import {
  type AuraListKind,
  AuraListTable,
  type AuraListTableProps,
} from '../data-table/AuraListTable.tsx'
import { CallFilterBar } from '../filter-bar/CallFilterBar.tsx'
import { CALL_CSV_COLUMNS, createCallColumns } from './callColumns.tsx'

export type CallsTableProps = AuraListTableProps<Call, CallFilters>

const CALLS: AuraListKind<Call, CallFilters> = {
  label: 'Calls',
  createColumns: createCallColumns,
  csvColumns: CALL_CSV_COLUMNS,
  useList: useCalls,
  pages: (client, filters, signal) => client.calls.pages(filters, { signal }),
  FilterBar: CallFilterBar,
}

/** Aura calls: virtualized, infinite, filterable, exportable. */
export function CallsTable(props: CallsTableProps) {
  return <AuraListTable kind={CALLS} {...props} />
}
