'use client'
import { type KeyboardEvent, useCallback, useEffect, useRef, useState } from 'react'

export interface GridPosition {
  row: number
  col: number
}

interface GridNavigationOptions {
  /** Data rows; the header row is row -1. */
  rowCount: number
  colCount: number
  /** Rows a PageUp/PageDown moves (read on the key press: it measures the scroll area). */
  pageSize: () => number
  /** Brings a row into view (the virtualizer's `scrollToIndex`). */
  scrollToRow: (row: number) => void
  /** The element holding the cells, to find and focus the active one. */
  getContainer: () => HTMLElement | null
  /** Enter on a cell. */
  onActivate?: (position: GridPosition, event: KeyboardEvent<HTMLElement>) => void
  /** Space on a cell. */
  onToggle?: (position: GridPosition, event: KeyboardEvent<HTMLElement>) => void
}

const HEADER_ROW = -1
const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max))

/**
 * WAI-ARIA grid keyboard model with a roving tabindex over (row, col) positions, the header
 * row (-1) included, so the whole grid is one tab stop even with no data rows.
 */
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
    row: clamp(active.row, HEADER_ROW, rowCount - 1),
    col: clamp(active.col, 0, colCount - 1),
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
      const target = {
        row: clamp(next.row, HEADER_ROW, rowCount - 1),
        col: clamp(next.col, 0, colCount - 1),
      }
      focusPending.current = true
      setActive(target)
      scrollToRow(target.row)
    },
    [rowCount, colCount, scrollToRow],
  )

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    // Links, checkboxes and buttons inside a cell keep their own keys.
    const { tagName } = event.target as HTMLElement
    if (tagName !== 'TD' && tagName !== 'TH') {
      return
    }
    const { row, col } = position
    const ctrl = event.ctrlKey || event.metaKey
    const moves: Record<string, GridPosition | undefined> = {
      ArrowDown: { row: row + 1, col },
      ArrowUp: { row: row - 1, col },
      ArrowRight: { row, col: col + 1 },
      ArrowLeft: { row, col: col - 1 },
      Home: ctrl ? { row: HEADER_ROW, col: 0 } : { row, col: 0 },
      End: ctrl ? { row: rowCount - 1, col: colCount - 1 } : { row, col: colCount - 1 },
      PageDown: { row: row + pageSize(), col },
      PageUp: { row: row - pageSize(), col },
    }
    const next = moves[event.key]
    if (next) {
      event.preventDefault()
      moveTo(next)
      return
    }
    if (event.key === 'Enter') {
      event.preventDefault()
      onActivate?.(position, event)
    } else if (event.key === ' ') {
      event.preventDefault()
      onToggle?.(position, event)
    }
  }

  /** Keeps the roving position in step when a cell gets focus by click or Tab. */
  const onCellFocus = useCallback((next: GridPosition) => {
    setActive((current) => (current.row === next.row && current.col === next.col ? current : next))
  }, [])

  return { active: position, onKeyDown, onCellFocus }
}
