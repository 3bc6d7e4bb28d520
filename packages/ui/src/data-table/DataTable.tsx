'use client'
import type { ColumnVisibilityState, RowData, SortingState } from '@tanstack/react-table'
import type { ReactNode } from 'react'
import type { KitSettings } from '../kit/kitSettings.ts'
import { splitKitSettings } from '../kit/kitSettings.ts'
import { DataTableColumnMenu } from './DataTableColumnMenu.tsx'
import { DataTableExport } from './DataTableExport.tsx'
import { DataTableFilters, DataTableSearch } from './DataTableFilters.tsx'
import { DataTableFooter } from './DataTableFooter.tsx'
import { DataTableGrid } from './DataTableGrid.tsx'
import { DataTableRoot } from './DataTableRoot.tsx'
import { DataTableSortNote, DataTableToolbar } from './DataTableToolbar.tsx'
import type { DataTableColumn } from './dataTableFeatures.ts'
import type { LoadMoreState } from './states.tsx'
import { type SortingMode, useDataTable } from './useDataTable.ts'

export interface DataTableProps<TRow extends RowData> extends KitSettings {
  /** Accessible name of the grid. */
  label: string
  rows: TRow[]
  columns: DataTableColumn<TRow>[]
  getRowId: (row: TRow, index: number) => string
  status: 'pending' | 'error' | 'success'
  error?: unknown
  onRetry?: (() => void) | undefined
  loadMore?: LoadMoreState | undefined
  /** `server`: sorting goes to the parent (`sorting`/`onSortingChange`); `loaded`: sorts loaded rows. */
  sortingMode: SortingMode
  sorting?: SortingState | undefined
  onSortingChange?: ((sorting: SortingState) => void) | undefined
  onRowOpen?: ((row: TRow) => void) | undefined
  onSelectionChange?: ((rows: TRow[]) => void) | undefined
  emptyMessage: string
  onClearFilters?: (() => void) | undefined
  /** Filter bar, export button…, shown above the grid beside the column menu. */
  toolbar?: ReactNode
  defaultColumnVisibility?: ColumnVisibilityState | undefined
  /** Row height estimate in px. */
  estimateRowHeight?: number | undefined
  /**
   * Height in px assumed for the scroll area until it is measured: the rows that fit are rendered
   * on the server and in the first (hydrating) render. Default 480, the `--aura-table-height`.
   */
  initialHeight?: number | undefined
  /** Rows rendered beyond the viewport on each side. */
  overscan?: number | undefined
  /** Fetch the next page once the user is this many rows from the end. */
  prefetchRows?: number | undefined
  className?: string | undefined
}

/**
 * The generic virtualized grid behind every kit table, for rows of your own: the same parts as
 * the kit's tables (`DataTable.Root`, `.Toolbar`, `.Grid`, `.Footer`…) over `useDataTable`.
 */
function DataTableComponent<TRow extends RowData>(props: DataTableProps<TRow>) {
  const [settings, { label, emptyMessage, onClearFilters, toolbar, className, ...options }] =
    splitKitSettings(props)
  const table = useDataTable<TRow>({
    ...options,
    labels: () => ({ grid: label, filters: label, empty: emptyMessage }),
    clearFilters: onClearFilters,
    settings,
  })
  return (
    <DataTableRoot table={table} className={className}>
      <DataTableToolbar>
        {toolbar}
        <DataTableSortNote />
        <DataTableColumnMenu />
      </DataTableToolbar>
      <DataTableGrid>
        <DataTableFooter />
      </DataTableGrid>
    </DataTableRoot>
  )
}

/** The parts every kit table is made of; `LeadsTable.Root` and the like are these. */
export const DataTableParts = {
  Root: DataTableRoot,
  Toolbar: DataTableToolbar,
  Search: DataTableSearch,
  Filters: DataTableFilters,
  Export: DataTableExport,
  SortNote: DataTableSortNote,
  ColumnMenu: DataTableColumnMenu,
  Grid: DataTableGrid,
  Footer: DataTableFooter,
}

export const DataTable = Object.assign(DataTableComponent, DataTableParts)
