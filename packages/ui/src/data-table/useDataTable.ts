'use client'
import {
  type ColumnVisibilityState,
  functionalUpdate,
  type ReactTable,
  type RowData,
  type SortingState,
  useTable,
} from '@tanstack/react-table'
import { useState } from 'react'
import type { FilterSchema } from '../filter-bar/filterSchemas.ts'
import { useKit } from '../kit/KitContext.tsx'
import type { KitSettings } from '../kit/kitSettings.ts'
import type { AuraMessages } from '../messages/types.ts'
import type { CsvColumn } from '../utils/csv.ts'
import {
  type DataTableColumn,
  type DataTableFeatures,
  dataTableFeatures,
} from './dataTableFeatures.ts'
import { useFirstSortDirections } from './firstSortDirection.ts'
import type { LoadMoreState } from './states.tsx'
import { type RowSelection, useRowSelection } from './useRowSelection.ts'
import { type TableRows, useTableRows } from './useTableRows.ts'

/** `server`: sorting goes to the owner (`sorting`/`onSortingChange`); `loaded`: sorts loaded rows. */
export type SortingMode = 'none' | 'loaded' | 'server'

/** The words a table shows about itself, in the kit's messages where it renders. */
export interface DataTableLabels {
  /** Accessible name of the grid. */
  grid: string
  /** Accessible name of the filter form. */
  filters: string
  /** The empty state's message. */
  empty: string
}

/** Everything a CSV export of the table needs. */
export interface DataTableExportSource<TRow> {
  /** Every page to export, with that export's abort signal. */
  getPages: (signal: AbortSignal) => AsyncIterable<readonly TRow[]>
  /** The CSV columns, headed in the given messages. */
  columns: (messages: AuraMessages) => readonly CsvColumn<TRow>[]
  filename: string
  /** Replaces the browser download. */
  onExport?: ((blob: Blob, filename: string) => void) | undefined
}

/** The filter bar's state: the filters, their setter and how they map onto the form. */
export interface DataTableFilters<TFilters> {
  value: TFilters
  onChange: (filters: TFilters) => void
  schema: FilterSchema<TFilters>
}

/** A search box's state (the Octanist table's). */
export interface DataTableSearch {
  value: string
  onChange: (search: string) => void
}

export interface DataTableOptions<TRow extends RowData, TFilters = unknown> {
  rows: TRow[]
  status: 'pending' | 'error' | 'success'
  error?: unknown
  /** Loads the list again after an error. */
  onRetry?: (() => void) | undefined
  /** Paging state of an infinite list (footer, prefetch near the end). */
  loadMore?: LoadMoreState | undefined
  columns: DataTableColumn<TRow>[]
  getRowId: (row: TRow, index: number) => string
  sortingMode: SortingMode
  /** `server` mode: the sorting in force and where changes go. */
  sorting?: SortingState | undefined
  onSortingChange?: ((sorting: SortingState) => void) | undefined
  onRowOpen?: ((row: TRow) => void) | undefined
  onSelectionChange?: ((rows: TRow[]) => void) | undefined
  defaultColumnVisibility?: ColumnVisibilityState | undefined
  /** The grid's name, the filter form's and the empty message, from the kit's messages. */
  labels: (messages: AuraMessages) => DataTableLabels
  filters?: DataTableFilters<TFilters> | undefined
  search?: DataTableSearch | undefined
  /** Set when a filter or search is in force: the empty state offers it as "Clear filters". */
  clearFilters?: (() => void) | undefined
  exportSource?: DataTableExportSource<TRow> | undefined
  /** Kit settings the table's root overrides for its subtree (locale, messages, theme…). */
  settings?: KitSettings | undefined
  /** Row height estimate in px. */
  estimateRowHeight?: number | undefined
  /** The scroll area's height in px until measured (the rows rendered on the server). */
  initialHeight?: number | undefined
  /** Rows rendered beyond the viewport on each side. */
  overscan?: number | undefined
  /** Fetch the next page once the user is this many rows from the end. */
  prefetchRows?: number | undefined
}

/**
 * What a table's parts share, from `useDataTable` (or `useLeadsTable`, `useCallsTable`,
 * `useOctanistLeadsTable`): the rows and their query state, columns, filters, search, export
 * source and labels; `instance`, the TanStack table (columns, headers, sorting state, column
 * visibility); `view`, the rows in display order, built into TanStack rows only as they render;
 * and `selection`, the selected ids.
 */
export interface DataTableModel<TRow extends RowData = RowData, TFilters = unknown>
  extends Omit<DataTableOptions<TRow, TFilters>, 'sorting' | 'onSortingChange'> {
  instance: ReactTable<DataTableFeatures, TRow>
  view: TableRows<TRow>
  selection: RowSelection<TRow>
  sorting: SortingState
  setSorting: (sorting: SortingState) => void
  estimateRowHeight: number
  initialHeight: number
  overscan: number
  prefetchRows: number
}

/** The default `--aura-table-height` in styles.css. */
const DEFAULT_TABLE_HEIGHT = 480
/** TanStack sees no records: rows are built lazily by `useTableRows`, for the rendered ones. */
const NO_DATA: never[] = []

/**
 * The state behind every kit table: TanStack's columns, headers, sorting state and column
 * visibility over `columns`; the rows in display order (loaded rows sorted by index, without a
 * row object per record) and selection by id, reported as rows.
 */
export function useDataTable<TRow extends RowData, TFilters = unknown>(
  options: DataTableOptions<TRow, TFilters>,
): DataTableModel<TRow, TFilters> {
  const { rows, columns, getRowId, sortingMode } = options
  const kitLocale = useKit().locale
  const [loadedSorting, setLoadedSorting] = useState<SortingState>([])
  const [columnVisibility, setColumnVisibility] = useState<ColumnVisibilityState>(
    options.defaultColumnVisibility ?? {},
  )
  const sorting = sortingMode === 'server' ? (options.sorting ?? []) : loadedSorting

  const setSorting = (next: SortingState) => {
    if (sortingMode === 'server') {
      options.onSortingChange?.(next)
    } else {
      setLoadedSorting(next)
    }
  }

  const tableColumns = useFirstSortDirections(columns, rows)
  const instance = useTable({
    features: dataTableFeatures,
    columns: tableColumns,
    data: NO_DATA,
    getRowId,
    state: { sorting, columnVisibility },
    onSortingChange: (updater) => setSorting(functionalUpdate(updater, sorting)),
    onColumnVisibilityChange: (updater) =>
      setColumnVisibility((previous) => functionalUpdate(updater, previous)),
    manualSorting: true,
    enableSorting: sortingMode !== 'none',
    enableMultiSort: true,
    isMultiSortEvent: (event) =>
      typeof event === 'object' && event !== null && 'shiftKey' in event && event.shiftKey === true,
  })
  const view = useTableRows(
    instance,
    tableColumns,
    rows,
    getRowId,
    sortingMode === 'loaded',
    options.settings?.locale ?? kitLocale,
  )
  const selection = useRowSelection(rows, getRowId, options.onSelectionChange)

  return {
    ...options,
    instance,
    view,
    selection,
    sorting,
    setSorting,
    estimateRowHeight: options.estimateRowHeight ?? 40,
    initialHeight: options.initialHeight ?? DEFAULT_TABLE_HEIGHT,
    overscan: options.overscan ?? 5,
    prefetchRows: options.prefetchRows ?? 20,
  }
}
