'use client'
import type { RowData } from '@tanstack/react-table'
import { useMemo } from 'react'
import type { DataTableColumn } from './dataTableFeatures.ts'

/** `columns` if given, else the defaults followed by `extraColumns`; stable while they are. */
export function useTableColumns<TRow extends RowData>(
  defaults: DataTableColumn<TRow>[],
  columns: DataTableColumn<TRow>[] | undefined,
  extraColumns: DataTableColumn<TRow>[] | undefined,
): DataTableColumn<TRow>[] {
  return useMemo(
    () => columns ?? (extraColumns ? [...defaults, ...extraColumns] : defaults),
    [defaults, columns, extraColumns],
  )
}
