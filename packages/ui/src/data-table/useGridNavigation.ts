'use client'
import { type KeyboardEvent, useCallback, useEffect, useRef, useState } from 'react'

export interface GridPosition {
  row: number
  col: number
}

interface GridNavigationOptions {
  rowCount: number
  colCount: number
  pageSize: number
  /** Brings a row into view (the virtualizer's `scrollToIndex`). */
  scrollToRow: (row: number) => void
  /** The element holding the cells, to find and focus the active one. */
  getContainer: () => HTMLElement | null
  onActivate?: (row: number) => void
  onToggle?: (row: number) => void
}

const clamp = (value: number, max: number) => Math.max(0, Math.min(value, max))

/** WAI-ARIA grid keyboard model with a roving tabindex over (row, col) positions. */
export function useGridNavigation({
  rowCount,
  colCount,
  pageSize,
  scrollToRow,
  getContainer,
  onActivate,
  onToggle,
}: GridNavigationOptions) {
  const [active, setActive] = useState<GridPosition>({ row: 0, col: 0 })
  const focusPending = useRef(false)
  const position = {
    row: clamp(active.row, rowCount - 1),
    col: clamp(active.col, colCount - 1),
  }

  useEffect(() => {
    if (!focusPending.current) {
      return
    }
    focusPending.current = false
    const cell = getContainer()?.querySelector<HTMLElement>(
      `[data-row-index="${position.row}"] [data-col-index="${position.col}"]`,
    )
    cell?.focus()
  }, [position.row, position.col, getContainer])

  const moveTo = useCallback(
    (next: GridPosition) => {
      const target = { row: clamp(next.row, rowCount - 1), col: clamp(next.col, colCount - 1) }
      focusPending.current = true
      setActive(target)
      scrollToRow(target.row)
    },
    [rowCount, colCount, scrollToRow],
  )

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    // Links, checkboxes and buttons inside a cell keep their own keys.
    if (rowCount === 0 || (event.target as HTMLElement).tagName !== 'TD') {
      return
    }
    const { row, col } = position
    const ctrl = event.ctrlKey || event.metaKey
    const moves: Record<string, GridPosition | undefined> = {
      ArrowDown: { row: row + 1, col },
      ArrowUp: { row: row - 1, col },
      ArrowRight: { row, col: col + 1 },
      ArrowLeft: { row, col: col - 1 },
      Home: ctrl ? { row: 0, col: 0 } : { row, col: 0 },
      End: ctrl ? { row: rowCount - 1, col: colCount - 1 } : { row, col: colCount - 1 },
      PageDown: { row: row + pageSize, col },
      PageUp: { row: row - pageSize, col },
    }
    const next = moves[event.key]
    if (next) {
      event.preventDefault()
      moveTo(next)
      return
    }
    if (event.key === 'Enter') {
      event.preventDefault()
      onActivate?.(row)
    } else if (event.key === ' ') {
      event.preventDefault()
      onToggle?.(row)
    }
  }

  /** Keeps the roving position in step when a cell gets focus by click or Tab. */
  const onCellFocus = (next: GridPosition) => {
    if (next.row !== position.row || next.col !== position.col) {
      setActive(next)
    }
  }

  return { active: position, onKeyDown, onCellFocus }
}
