'use client'
import { useVirtualizer } from '@tanstack/react-virtual'
import {
  forwardRef,
  type HTMLAttributes,
  type KeyboardEvent,
  type PointerEvent,
  useCallback,
  useEffect,
  useMemo,
  useRef,
} from 'react'
import { composeEventHandlers, useComposedRefs } from '../kit/compose.ts'
import { cx } from '../kit/parts.ts'
import { TranscriptSegment } from './TranscriptSegment.tsx'
import type { TranscriptMessages } from './transcriptMessages.ts'
import type { TranscriptEntry } from './transcriptModel.ts'
import type { TranscriptMatch, TranscriptSearchResult } from './transcriptSearch.ts'

export interface TranscriptListOptions {
  /** Estimated height of a row in px, before it is measured; default 44. */
  estimateRowHeight?: number | undefined
  /** Rows rendered beyond the viewport on each side; default 8. */
  overscan?: number | undefined
}

export interface TranscriptListProps extends HTMLAttributes<HTMLElement>, TranscriptListOptions {
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
  messages: TranscriptMessages
}

const NO_MATCHES: readonly TranscriptMatch[] = []
const SCROLL_KEYS = new Set(['PageUp', 'PageDown', 'Home', 'End', 'ArrowUp', 'ArrowDown'])

/** The segments, virtualized: only the rows in (and near) the viewport are in the DOM. */
export const TranscriptList = forwardRef<HTMLElement, TranscriptListProps>(function TranscriptList(
  {
    rows,
    activeEntry,
    search,
    currentMatch,
    onSeek,
    colors,
    follow,
    onManualScroll,
    messages,
    estimateRowHeight = 44,
    overscan = 8,
    className,
    onWheel,
    onTouchMove,
    onPointerDown,
    onKeyDown,
    ...rest
  },
  forwardedRef,
) {
  const scrollRef = useRef<HTMLElement>(null)
  const ref = useComposedRefs(scrollRef, forwardedRef)
  // Stable while the rows stay the same: the virtualizer recomputes every row's position and key
  // whenever getItemKey changes, which playback and typing in the search must not cause.
  const getScrollElement = useCallback(() => scrollRef.current, [])
  const estimateSize = useCallback(
    (index: number) => (rows[index]?.turnStart ? estimateRowHeight + 20 : estimateRowHeight),
    [rows, estimateRowHeight],
  )
  const getItemKey = useCallback((index: number) => rows[index]?.index ?? index, [rows])
  // Before the list is measured (and on the server) render the first screenful, not nothing.
  const initialRect = useMemo(
    () => ({ width: 0, height: estimateRowHeight * 10 }),
    [estimateRowHeight],
  )
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement,
    estimateSize,
    overscan,
    getItemKey,
    initialRect,
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

  const onScrollKey = (event: KeyboardEvent<HTMLElement>) => {
    if (SCROLL_KEYS.has(event.key)) {
      onManualScroll()
    }
  }
  const onScrollbar = (event: PointerEvent<HTMLElement>) => {
    // On the container itself rather than a row: the scrollbar.
    if (event.target === event.currentTarget) {
      onManualScroll()
    }
  }

  return (
    // A region (named by the part through aria-label); the handlers only notice manual scrolling.
    // biome-ignore lint/a11y/noStaticElementInteractions: not a control; it watches scrolling.
    <section
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
      tabIndex={0}
      {...rest}
      ref={ref}
      className={cx('aura-scroll aura-transcript-scroll', className)}
      onWheel={composeEventHandlers(onWheel, onManualScroll)}
      onTouchMove={composeEventHandlers(onTouchMove, onManualScroll)}
      onPointerDown={composeEventHandlers(onPointerDown, onScrollbar)}
      onKeyDown={composeEventHandlers(onKeyDown, onScrollKey)}
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
                messages={messages}
              />
            </li>
          )
        })}
      </ol>
    </section>
  )
})
