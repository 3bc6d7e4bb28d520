'use client'
import type { AuraClient } from '@aura-kit/client'
import { useAuraKit } from '@aura-kit/hooks'
import type { RowData } from '@tanstack/react-table'
import { type ComponentType, useMemo } from 'react'
import { AuraRoot } from '../aura-root/AuraRoot.tsx'
import { ExportButton } from '../export-button/ExportButton.tsx'
import type { CsvColumn } from '../utils/csv.ts'
import { createFormatters, type Formatters } from '../utils/formatters.ts'
import { useControllableState } from '../utils/useControllableState.ts'
import { DataTable } from './DataTable.tsx'
import type { DataTableColumn } from './dataTableFeatures.ts'
import {
  type InfiniteListResult,
  infiniteListProps,
  type KitTableProps,
  rowsOfPages,
  singlePage,
  sortingModeOf,
} from './kitTableProps.ts'

/** Props of a cursor-paged Aura table (`LeadsTable`, `CallsTable`). */
export interface AuraListTableProps<TRow extends RowData, TFilters> extends KitTableProps<TRow> {
  /** Rows from your own data layer; without it the table loads through `<AuraKitProvider>`. */
  data?: TRow[] | undefined
  filters?: TFilters | undefined
  defaultFilters?: TFilters | undefined
  onFiltersChange?: ((filters: TFilters) => void) | undefined
  /** Aura has no server sort: this sorts the loaded rows only, and the header says so. */
  sortLoadedRows?: boolean | undefined
  /** Rows per request (1–100). */
  pageSize?: number | undefined
}

/** What differs between the Aura list tables: the resource, its columns, hook and filter bar. */
export interface AuraListKind<TRow extends RowData, TFilters> {
  /** Grid label and file name stem: 'Leads' → leads.csv. */
  label: string
  createColumns: (format: Formatters) => DataTableColumn<TRow>[]
  csvColumns: readonly CsvColumn<TRow>[]
  useList: (filters: TFilters & { limit?: number }) => InfiniteListResult<TRow>
  pages: (
    client: AuraClient,
    filters: TFilters & { limit: number },
    signal: AbortSignal,
  ) => AsyncIterable<{ data: readonly TRow[] }>
  FilterBar: ComponentType<{
    value: TFilters
    onChange: (filters: TFilters) => void
    label?: string | undefined
  }>
}

type Props<TRow extends RowData, TFilters> = AuraListTableProps<TRow, TFilters> & {
  kind: AuraListKind<TRow, TFilters>
}

const getRowId = (row: { id: string }) => row.id

/** An Aura list: virtualized, infinite (or plain `data`), filterable, exportable. */
export function AuraListTable<TRow extends { id: string }, TFilters extends object>(
  props: Props<TRow, TFilters>,
) {
  return props.data ? (
    <PlainListTable {...props} data={props.data} />
  ) : (
    <QueryListTable {...props} />
  )
}

function useListColumns<TRow extends RowData, TFilters>(
  props: Props<TRow, TFilters>,
): DataTableColumn<TRow>[] {
  const { locale, timeZone, currency, columns, extraColumns, kind } = props
  const format = useMemo(
    () => createFormatters({ locale, timeZone, currency }),
    [locale, timeZone, currency],
  )
  return useMemo(
    () => columns ?? [...kind.createColumns(format), ...(extraColumns ?? [])],
    [columns, extraColumns, format, kind],
  )
}

function commonProps<TRow extends RowData, TFilters>(props: Props<TRow, TFilters>) {
  return {
    label: props.label ?? props.kind.label,
    getRowId,
    sortingMode: sortingModeOf(props.sortLoadedRows),
    onRowOpen: props.onRowOpen,
    onSelectionChange: props.onSelectionChange,
    defaultColumnVisibility: props.defaultColumnVisibility,
    estimateRowHeight: props.estimateRowHeight,
    initialHeight: props.initialHeight,
    overscan: props.overscan,
    prefetchRows: props.prefetchRows,
  }
}

const fileNameOf = (kind: { label: string }) => `${kind.label.toLowerCase()}.csv`

function PlainListTable<TRow extends { id: string }, TFilters>(
  props: Props<TRow, TFilters> & { data: TRow[] },
) {
  const columns = useListColumns(props)
  const { data, kind } = props
  return (
    <AuraRoot appearance={props.appearance} className={props.className}>
      <DataTable
        {...commonProps(props)}
        rows={data}
        columns={columns}
        status="success"
        emptyMessage={`No ${kind.label.toLowerCase()}`}
        toolbar={
          <ExportButton
            getPages={() => singlePage(data)}
            columns={kind.csvColumns}
            filename={fileNameOf(kind)}
            onExport={props.onExport}
          />
        }
      />
    </AuraRoot>
  )
}

function QueryListTable<TRow extends { id: string }, TFilters extends object>(
  props: Props<TRow, TFilters>,
) {
  const columns = useListColumns(props)
  const { kind } = props
  const { client } = useAuraKit()
  const [filters, setFilters] = useControllableState<TFilters>({
    prop: props.filters,
    defaultProp: props.defaultFilters ?? ({} as TFilters),
    onChange: props.onFiltersChange,
    name: 'filters',
  })
  const query = kind.useList(props.pageSize ? { ...filters, limit: props.pageSize } : filters)
  const hasFilters = Object.keys(filters).length > 0
  return (
    <AuraRoot appearance={props.appearance} className={props.className}>
      <DataTable
        {...commonProps(props)}
        {...infiniteListProps(query)}
        columns={columns}
        emptyMessage={`No ${kind.label.toLowerCase()} match these filters`}
        onClearFilters={hasFilters ? () => setFilters({} as TFilters) : undefined}
        toolbar={
          <>
            <kind.FilterBar
              value={filters}
              onChange={setFilters}
              // A labelled table names its filter form after itself, so two tables on a page differ.
              label={props.label ? `${props.label} filters` : undefined}
            />
            <ExportButton
              getPages={(signal) =>
                rowsOfPages(kind.pages(client, { ...filters, limit: 100 }, signal))
              }
              columns={kind.csvColumns}
              filename={fileNameOf(kind)}
              onExport={props.onExport}
            />
          </>
        }
      />
    </AuraRoot>
  )
}
