'use client'
import type { Call } from '@aura-kit/client'
import { type CallFilters, useAuraKit, useCalls } from '@aura-kit/hooks'
import { useMemo } from 'react'
import { AuraRoot } from '../aura-root/AuraRoot.tsx'
import { DataTable } from '../data-table/DataTable.tsx'
import type { DataTableColumn } from '../data-table/dataTableFeatures.ts'
import {
  infiniteListProps,
  type KitTableProps,
  rowsOfPages,
  singlePage,
  sortingModeOf,
} from '../data-table/kitTableProps.ts'
import { ExportButton } from '../export-button/ExportButton.tsx'
import { CallFilterBar } from '../filter-bar/CallFilterBar.tsx'
import { createFormatters } from '../utils/formatters.ts'
import { useControllableState } from '../utils/useControllableState.ts'
import { CALL_CSV_COLUMNS, createCallColumns } from './callColumns.tsx'

export interface CallsTableProps extends KitTableProps<Call> {
  /** Rows from your own data layer; without it the table loads through `<AuraKitProvider>`. */
  data?: Call[] | undefined
  filters?: CallFilters | undefined
  defaultFilters?: CallFilters | undefined
  onFiltersChange?: ((filters: CallFilters) => void) | undefined
  /** Aura has no server sort: this sorts the loaded rows only, and the header says so. */
  sortLoadedRows?: boolean | undefined
  /** Rows per request (1–100). */
  pageSize?: number | undefined
}

const getCallId = (call: Call) => call.id

function useCallColumns(props: CallsTableProps): DataTableColumn<Call>[] {
  const { locale, timeZone, currency, columns, extraColumns } = props
  const format = useMemo(
    () => createFormatters({ locale, timeZone, currency }),
    [locale, timeZone, currency],
  )
  return useMemo(
    () => columns ?? [...createCallColumns(format), ...(extraColumns ?? [])],
    [columns, extraColumns, format],
  )
}

/** Aura calls: virtualized, infinite, filterable, exportable. */
export function CallsTable(props: CallsTableProps) {
  return props.data ? (
    <PlainCallsTable {...props} data={props.data} />
  ) : (
    <QueryCallsTable {...props} />
  )
}

function commonProps(props: CallsTableProps) {
  return {
    label: props.label ?? 'Calls',
    getRowId: getCallId,
    sortingMode: sortingModeOf(props.sortLoadedRows),
    onRowOpen: props.onRowOpen,
    onSelectionChange: props.onSelectionChange,
    defaultColumnVisibility: props.defaultColumnVisibility,
    estimateRowHeight: props.estimateRowHeight,
    overscan: props.overscan,
    prefetchRows: props.prefetchRows,
  }
}

function PlainCallsTable(props: CallsTableProps & { data: Call[] }) {
  const columns = useCallColumns(props)
  const { data } = props
  return (
    <AuraRoot appearance={props.appearance} className={props.className}>
      <DataTable
        {...commonProps(props)}
        rows={data}
        columns={columns}
        status="success"
        emptyMessage="No calls"
        toolbar={
          <ExportButton
            getPages={() => singlePage(data)}
            columns={CALL_CSV_COLUMNS}
            filename="calls.csv"
            onExport={props.onExport}
          />
        }
      />
    </AuraRoot>
  )
}

function QueryCallsTable(props: CallsTableProps) {
  const columns = useCallColumns(props)
  const { client } = useAuraKit()
  const [filters, setFilters] = useControllableState<CallFilters>({
    prop: props.filters,
    defaultProp: props.defaultFilters ?? {},
    onChange: props.onFiltersChange,
    name: 'filters',
  })
  const query = useCalls(props.pageSize ? { ...filters, limit: props.pageSize } : filters)
  const hasFilters = Object.keys(filters).length > 0
  return (
    <AuraRoot appearance={props.appearance} className={props.className}>
      <DataTable
        {...commonProps(props)}
        {...infiniteListProps(query)}
        columns={columns}
        emptyMessage="No calls match these filters"
        onClearFilters={hasFilters ? () => setFilters({}) : undefined}
        toolbar={
          <>
            <CallFilterBar
              value={filters}
              onChange={setFilters}
              // A labelled table names its filter form after itself, so two tables on a page differ.
              label={props.label ? `${props.label} filters` : undefined}
            />
            <ExportButton
              getPages={(signal) =>
                rowsOfPages(client.calls.pages({ ...filters, limit: 100 }, { signal }))
              }
              columns={CALL_CSV_COLUMNS}
              filename="calls.csv"
              onExport={props.onExport}
            />
          </>
        }
      />
    </AuraRoot>
  )
}
