'use client'
import {
  constructRow,
  type ReactTable,
  type Row,
  type RowData,
  type SortingState,
} from '@tanstack/react-table'
import { useEffect, useMemo, useState } from 'react'
import type { DataTableFeatures } from './dataTableFeatures.ts'
import { type SortColumn, sortOrder, sortOrderInSlices } from './sortRows.ts'

/** The rows in display order, built into TanStack rows only when asked for (the rendered ones). */
export interface TableRows<TRow extends RowData> {
  count: number
  /** The record shown at a display index (sorted when sorting loaded rows). */
  original: (displayIndex: number) => TRow | undefined
  /** TanStack's row (cells, values) for a display index; built on first use and cached. */
  row: (displayIndex: number) => Row<DataTableFeatures, TRow> | undefined
  /** A sort of many loaded rows is still running; the previous order shows meanwhile. */
  sorting: boolean
}

/** Lists up to this long sort within the render; longer ones sort in slices between frames. */
export const SORT_AT_ONCE_LIMIT = 25_000
/** Built rows kept for reuse; beyond it the cache starts again (scrolling a long list). */
const ROW_CACHE_LIMIT = 2_000

interface Sorted {
  rows: readonly unknown[]
  key: string
  order: Uint32Array
}

function sortColumns<TRow extends RowData>(
  table: ReactTable<DataTableFeatures, TRow>,
  sorting: SortingState,
): SortColumn<TRow>[] {
  const columns: SortColumn<TRow>[] = []
  for (const sort of sorting) {
    const column = table.getColumn(sort.id)
    const accessor = column?.accessorFn
    if (accessor) {
      columns.push({
        value: accessor,
        desc: sort.desc,
        emptyFirst: column.columnDef.sortUndefined === 'first',
      })
    }
  }
  return columns
}

/**
 * The lazy row model: no work per record at mount. Loaded-row sorting orders indexes (at once
 * for a short list, in slices for a long one); a TanStack `Row` is made only for a row that
 * renders, so a million records cost their own memory and little more.
 */
export function useTableRows<TRow extends RowData>(
  table: ReactTable<DataTableFeatures, TRow>,
  /** The table's columns (a new list rebuilds its rows). */
  columns: readonly unknown[],
  data: readonly TRow[],
  getRowId: (row: TRow, index: number) => string,
  sortLoaded: boolean,
  locale: string | undefined,
): TableRows<TRow> {
  const sorting = table.state.sorting
  const sortKey = sortLoaded && sorting.length > 0 ? JSON.stringify(sorting) : ''
  const sorted = sortKey !== ''
  // Built when a sort asks for it: a collator costs milliseconds at mount.
  const collator = useMemo(
    () => (sorted ? new Intl.Collator(locale, { numeric: true }) : undefined),
    [locale, sorted],
  )
  const atOnce = data.length <= SORT_AT_ONCE_LIMIT
  // `sorting` is read through `sortKey`, and a new `columns` list means new accessors in `table`.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above.
  const syncSorted = useMemo<Sorted | null>(
    () =>
      collator && atOnce
        ? {
            rows: data,
            key: sortKey,
            order: sortOrder(data, sortColumns(table, sorting), collator),
          }
        : null,
    [sortKey, atOnce, data, collator, table, columns],
  )
  const [sliced, setSliced] = useState<Sorted | null>(null)
  // biome-ignore lint/correctness/useExhaustiveDependencies: as above, `columns` changes `table`'s accessors.
  useEffect(() => {
    if (!collator || atOnce) {
      return
    }
    const controller = new AbortController()
    sortOrderInSlices(data, sortColumns(table, JSON.parse(sortKey)), collator, {
      signal: controller.signal,
    }).then(
      (order) => setSliced({ rows: data, key: sortKey, order }),
      () => {},
    )
    return () => controller.abort()
  }, [sortKey, atOnce, data, collator, table, columns])

  const slicedCurrent = sliced && sliced.key === sortKey && sliced.rows === data ? sliced : null
  // While a long sort runs, the last finished order for these rows (or their loaded order) shows.
  const order = sortKey
    ? (syncSorted?.order ?? slicedCurrent?.order ?? (sliced?.rows === data ? sliced.order : null))
    : null
  const pending = sortKey !== '' && !atOnce && slicedCurrent === null

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new column list invalidates built rows.
  const cache = useMemo(() => new Map<number, Row<DataTableFeatures, TRow>>(), [columns])
  return useMemo(() => {
    const dataIndex = (displayIndex: number) =>
      order ? order[displayIndex] : displayIndex < data.length ? displayIndex : undefined
    return {
      count: data.length,
      sorting: pending,
      original: (displayIndex) => {
        const index = dataIndex(displayIndex)
        return index === undefined ? undefined : data[index]
      },
      row: (displayIndex) => {
        const index = dataIndex(displayIndex)
        if (index === undefined || index >= data.length) {
          return undefined
        }
        const original = data[index] as TRow
        const cached = cache.get(index)
        if (cached && cached.original === original) {
          return cached
        }
        if (cache.size >= ROW_CACHE_LIMIT) {
          cache.clear()
        }
        const row = constructRow(table, getRowId(original, index), original, index, 0)
        cache.set(index, row)
        return row
      },
    }
  }, [order, data, pending, cache, table, getRowId])
}
