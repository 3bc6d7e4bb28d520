'use client'
import { useVirtualizer } from '@tanstack/react-virtual'
import {
  type KeyboardEvent,
  type PointerEvent,
  useCallback,
  useEffect,
  useMemo,
  useRef,
} from 'react'
import { TranscriptSegment } from './TranscriptSegment.tsx'
import type { TranscriptEntry } from './transcriptModel.ts'
import type { TranscriptMatch, TranscriptSearchResult } from './transcriptSearch.ts'

export interface TranscriptListProps {
  /** The entries shown (after the speaker filter), in start order. */
  rows: readonly TranscriptEntry[]
  /** Entry index of the segment playing, or -1. */
  activeEntry: number
  search: TranscriptSearchResult
  currentMatch: TranscriptMatch | undefined
  onSeek: ((entry: TranscriptEntry) => void) | undefined
  /** Palette slot per speaker. */
  colors: ReadonlyMap<string, number>
  /** Keep the active segment in view. */
  follow: boolean
  /** The user scrolled by hand (wheel, touch, scrollbar, keys). */
  onManualScroll: () => void
  label: string
  describedBy?: string | undefined
  /** `aria-keyshortcuts` of the region (the panel around it handles the keys). */
  keyShortcuts?: string | undefined
  estimateRowHeight?: number | undefined
  overscan?: number | undefined
}

const NO_MATCHES: readonly TranscriptMatch[] = []
const SCROLL_KEYS = new Set(['PageUp', 'PageDown', 'Home', 'End', 'ArrowUp', 'ArrowDown'])

/** The segments, virtualized: only the rows in (and near) the viewport are in the DOM. */
export function TranscriptList({
  rows,
  activeEntry,
  search,
  currentMatch,
  onSeek,
  colors,
  follow,
  onManualScroll,
  label,
  describedBy,
  keyShortcuts,
  estimateRowHeight = 44,
  overscan = 8,
}: TranscriptListProps) {
  const scrollRef = useRef<HTMLElement>(null)
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (rows[index]?.turnStart ? estimateRowHeight + 20 : estimateRowHeight),
    overscan,
    getItemKey: (index) => rows[index]?.index ?? index,
    // Before the list is measured (and on the server) render the first screenful, not nothing.
    initialRect: { width: 0, height: estimateRowHeight * 10 },
  })
  const rowOfEntry = useMemo(() => {
    const map = new Map<number, number>()
    rows.forEach((entry, row) => {
      map.set(entry.index, row)
    })
    return map
  }, [rows])

  // Scrolls only when the row is not already fully visible, and then centres it.
  const reveal = useCallback(
    (row: number | undefined) => {
      if (row === undefined) {
        return
      }
      const placement = virtualizer.getOffsetForIndex(row, 'auto')
      if (placement !== undefined && placement[1] !== 'auto') {
        virtualizer.scrollToIndex(row, { align: 'center' })
      }
    },
    [virtualizer],
  )
  const activeRow = rowOfEntry.get(activeEntry)
  useEffect(() => {
    if (follow) {
      reveal(activeRow)
    }
  }, [follow, activeRow, reveal])
  const matchRow = currentMatch === undefined ? undefined : rowOfEntry.get(currentMatch.entry)
  useEffect(() => {
    if (currentMatch !== undefined) {
      reveal(matchRow)
    }
  }, [currentMatch, matchRow, reveal])

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (SCROLL_KEYS.has(event.key)) {
      onManualScroll()
    }
  }
  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    // On the container itself rather than a row: the scrollbar.
    if (event.target === event.currentTarget) {
      onManualScroll()
    }
  }

  return (
    <section
      ref={scrollRef}
      className="aura-scroll aura-transcript-scroll"
      aria-label={label}
      aria-describedby={describedBy}
      aria-keyshortcuts={keyShortcuts}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
      tabIndex={0}
      onWheel={onManualScroll}
      onTouchMove={onManualScroll}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    >
      <ol className="aura-transcript-list" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const entry = rows[item.index]
          if (entry === undefined) {
            return null
          }
          const isActive = entry.index === activeEntry
          return (
            <li
              key={item.key.toString()}
              ref={virtualizer.measureElement}
              data-index={item.index}
              data-entry={entry.index}
              data-state={isActive ? 'active' : undefined}
              data-turn-start={entry.turnStart ? '' : undefined}
              aria-current={isActive ? 'true' : undefined}
              aria-setsize={rows.length}
              aria-posinset={item.index + 1}
              className="aura-transcript-row"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <TranscriptSegment
                entry={entry}
                matches={search.byEntry.get(entry.index) ?? NO_MATCHES}
                currentMatchStart={currentMatch?.entry === entry.index ? currentMatch.start : -1}
                color={colors.get(entry.speaker)}
                onSeek={onSeek}
              />
            </li>
          )
        })}
      </ol>
    </section>
  )
}
