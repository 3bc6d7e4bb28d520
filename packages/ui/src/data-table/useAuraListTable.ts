'use client'
import type { AuraClient } from '@aura-kit/client'
import { useOptionalAuraKit } from '@aura-kit/hooks'
import { useEffect, useState } from 'react'
import type { FilterSchema } from '../filter-bar/filterSchemas.ts'
import type { AuraMessages } from '../messages/types.ts'
import type { CsvColumn } from '../utils/csv.ts'
import { useControllableState } from '../utils/useControllableState.ts'
import type { DataTableColumn } from './dataTableFeatures.ts'
import {
  type InfiniteListResult,
  infiniteListOptions,
  type KitTableProps,
  rowsOfPages,
  sharedTableOptions,
  singlePage,
} from './kitTableProps.ts'
import { type DataTableModel, useDataTable } from './useDataTable.ts'
import { useTableColumns } from './useTableColumns.ts'

/** Props of a cursor-paged Aura table (`LeadsTable`, `CallsTable`). */
export interface AuraListTableProps<TRow extends { id: string }, TFilters>
  extends KitTableProps<TRow> {
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

/** What differs between the Aura list tables: the resource's columns, list, filters and words. */
export interface AuraListKind<TRow extends { id: string }, TFilters> {
  columns: DataTableColumn<TRow>[]
  defaultColumnVisibility?: Readonly<Record<string, boolean>> | undefined
  csvColumns: (messages: AuraMessages) => readonly CsvColumn<TRow>[]
  filename: string
  useList: (filters: TFilters & { limit?: number }) => InfiniteListResult<TRow>
  pages: (
    client: AuraClient,
    filters: TFilters & { limit: number },
    signal: AbortSignal,
  ) => AsyncIterable<{ data: readonly TRow[] }>
  filterSchema: FilterSchema<TFilters>
  words: (messages: AuraMessages) => {
    grid: string
    filters: string
    empty: string
    emptyFiltered: string
  }
}

const getRowId = (row: { id: string }) => row.id
const EXPORT_PAGE_SIZE = 100

/**
 * The model of an Aura list table: plain `data`, or pages loaded through `<AuraKitProvider>` with
 * filters (controlled or not), infinite scroll and an export of every page. Whether it loads is
 * fixed when it mounts (`data` given or not); the ready-made tables remount when that changes.
 */
export function useAuraListTable<TRow extends { id: string }, TFilters extends object>(
  props: AuraListTableProps<TRow, TFilters>,
  kind: AuraListKind<TRow, TFilters>,
): DataTableModel<TRow, TFilters> {
  const [loads] = useState(() => props.data === undefined)
  const switched = loads !== (props.data === undefined)
  useEffect(() => {
    if (switched) {
      console.warn(
        'aura-kit: a table switched between `data` and loading; give it a new `key` when it does.',
      )
    }
  }, [switched])
  const columns = useTableColumns(kind.columns, props.columns, props.extraColumns)
  const [filters, setFilters] = useControllableState<TFilters>({
    prop: props.filters,
    defaultProp: props.defaultFilters ?? ({} as TFilters),
    onChange: props.onFiltersChange,
    name: 'filters',
  })
  const client = useOptionalAuraKit()?.client
  const listFilters = props.pageSize ? { ...filters, limit: props.pageSize } : filters
  // Fixed for the hook's lifetime (see `loads`), so the hooks called stay the same each render.
  // biome-ignore lint/correctness/useHookAtTopLevel: the branch never changes after mount.
  const query = loads ? kind.useList(listFilters) : null
  const hasFilters = Object.keys(filters).length > 0
  const label = props.label
  const source = query
    ? {
        ...infiniteListOptions(query),
        filters: { value: filters, onChange: setFilters, schema: kind.filterSchema },
        clearFilters: hasFilters ? () => setFilters({} as TFilters) : undefined,
        exportSource: client
          ? {
              getPages: (signal: AbortSignal) =>
                rowsOfPages(kind.pages(client, { ...filters, limit: EXPORT_PAGE_SIZE }, signal)),
              columns: kind.csvColumns,
              filename: kind.filename,
              onExport: props.onExport,
            }
          : undefined,
      }
    : {
        rows: props.data ?? [],
        status: 'success' as const,
        exportSource: {
          getPages: () => singlePage(props.data ?? []),
          columns: kind.csvColumns,
          filename: kind.filename,
          onExport: props.onExport,
        },
      }
  return useDataTable<TRow, TFilters>({
    ...sharedTableOptions(props),
    ...source,
    columns,
    getRowId,
    sortingMode: props.sortLoadedRows ? 'loaded' : 'none',
    defaultColumnVisibility: { ...kind.defaultColumnVisibility, ...props.defaultColumnVisibility },
    labels: (messages) => {
      const words = kind.words(messages)
      return {
        grid: label ?? words.grid,
        // A labelled table names its filter form after itself, so two tables on a page differ.
        filters: label ? messages.filters.filtersOf(label) : words.filters,
        empty: query ? words.emptyFiltered : words.empty,
      }
    },
  })
}
