'use client'
import { useMemo, useRef, useState } from 'react'

/** The selected rows of a table, by id; `DataTableModel.selection`. */
export interface RowSelection<TRow> {
  /** Ids of the selected rows (a new set after each change). */
  ids: ReadonlySet<string>
  isSelected: (id: string) => boolean
  /** Selects or clears one row; without `value` it toggles. */
  toggle: (id: string, value?: boolean) => void
  /** Selects every loaded row, or clears them all; without `value` it toggles. */
  toggleAll: (value?: boolean) => void
  clear: () => void
  /** Every loaded row is selected (and there is at least one). */
  allSelected: boolean
  /** Some but not all loaded rows are selected. */
  someSelected: boolean
  /** The selected rows among the loaded ones, in their loaded order. */
  selectedRows: () => TRow[]
}

const NONE: ReadonlySet<string> = new Set()

/**
 * Selection over ids, independent of any row objects: selecting all of a million loaded rows is
 * one set, and rows scrolled out of view keep their state. `onChange` gets the selected rows.
 */
export function useRowSelection<TRow>(
  rows: readonly TRow[],
  getRowId: (row: TRow, index: number) => string,
  onChange: ((rows: TRow[]) => void) | undefined,
): RowSelection<TRow> {
  const [ids, setIds] = useState<ReadonlySet<string>>(NONE)
  const latest = useRef({ rows, getRowId, onChange, ids })
  latest.current = { rows, getRowId, onChange, ids }

  return useMemo(() => {
    const rowsIn = (selected: ReadonlySet<string>) => {
      const { rows: all, getRowId: idOf } = latest.current
      return all.filter((row, index) => selected.has(idOf(row, index)))
    }
    const commit = (next: ReadonlySet<string>) => {
      latest.current.ids = next
      setIds(next)
      latest.current.onChange?.(rowsIn(next))
    }
    let selectedLoaded = 0
    if (ids.size > 0) {
      rows.forEach((row, index) => {
        if (ids.has(getRowId(row, index))) {
          selectedLoaded++
        }
      })
    }
    return {
      ids,
      isSelected: (id) => ids.has(id),
      toggle: (id, value) => {
        const current = latest.current.ids
        const select = value ?? !current.has(id)
        if (select === current.has(id)) {
          return
        }
        const next = new Set(current)
        if (select) {
          next.add(id)
        } else {
          next.delete(id)
        }
        commit(next)
      },
      toggleAll: (value) => {
        const { rows: all, getRowId: idOf } = latest.current
        const select = value ?? !(all.length > 0 && selectedLoaded === all.length)
        commit(select ? new Set(all.map((row, index) => idOf(row, index))) : NONE)
      },
      clear: () => commit(NONE),
      allSelected: rows.length > 0 && selectedLoaded === rows.length,
      someSelected: selectedLoaded > 0 && selectedLoaded < rows.length,
      selectedRows: () => rowsIn(ids),
    }
  }, [ids, rows, getRowId])
}
