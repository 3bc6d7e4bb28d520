'use client'
import { useCallback, useEffect, useLayoutEffect, useReducer, useRef } from 'react'
import { flushSync } from 'react-dom'
import { type RowWindow, rowWindow, scrollTopForRow } from './rowWindow.ts'

interface RowWindowOptions {
  scrollElement: HTMLElement | null
  /** An element whose width follows the scroll position (`.aura-scroll-probe > *`), if any. */
  probeElement?: HTMLElement | null | undefined
  count: number
  rowHeight: number
  overscan: number
  /** The viewport height until the element is measured (server render, hydration). */
  initialHeight: number
  /** Height of what covers the top of the scroll area (the sticky header row), px. */
  getTopInset?: (() => number) | undefined
}

interface Viewport {
  scrollTop: number
  height: number
  /** Got here by a jump (no row in view was rendered before): render the view alone. */
  jumped?: boolean
}

export interface RowWindowState extends RowWindow {
  scrollTop: number
  /** Scrolls row `index` into view (`auto`: least movement) and renders it before returning. */
  scrollToRow: (index: number, align?: 'auto' | 'start') => void
}

// useLayoutEffect warns on the server; the window's first state comes from `initialHeight` there.
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect

/**
 * The rendered range of a fixed-height grid: O(1) per scroll, nothing stored per row.
 *
 * A scroll event comes one frame after the scroll position changed, so a jump of a whole screen
 * (a dragged scrollbar, a script setting `scrollTop`) would paint one frame of empty rows. Where
 * the browser has scroll-driven animations, the probe's width is animated by the scroll position,
 * and a ResizeObserver on it runs after layout and before paint in the very frame the position
 * changed: the rows render then (`flushSync`), and the browser lays them out again before it
 * paints. Elsewhere the scroll event does it a frame later. Keyboard jumps render before they
 * return.
 */
export function useRowWindow({
  scrollElement,
  probeElement,
  count,
  rowHeight,
  overscan,
  initialHeight,
  getTopInset,
}: RowWindowOptions): RowWindowState {
  // Where the scroll area is, as last measured (`initialHeight` until then, so the server and
  // hydrating renders agree). A scroll that stays inside the rendered rows updates it without a
  // render; one that leaves them asks for a render, which reads it.
  const measured = useRef<Viewport>({ scrollTop: 0, height: initialHeight })
  const [, render] = useReducer((count: number) => count + 1, 0)
  const viewport = measured.current
  // After a jump (a dragged scrollbar, a fling) the next frame is likely another jump: rows
  // beyond the view would be built for nothing. The next small scroll brings the overscan back.
  const current = rowWindow({
    count,
    rowHeight,
    overscan: viewport.jumped ? 1 : overscan,
    ...viewportInput(viewport),
  })
  const latest = useRef({ count, rowHeight, current, getTopInset })
  latest.current = { count, rowHeight, current, getTopInset }
  // The part of the scroll area rows show through: below the sticky header.
  const rowsHeight = useCallback(
    (element: HTMLElement) =>
      Math.max(0, element.clientHeight - (latest.current.getTopInset?.() ?? 0)),
    [],
  )

  const sync = useCallback(
    (element: HTMLElement, immediate: boolean) => {
      const next: Viewport = { scrollTop: element.scrollTop, height: rowsHeight(element) }
      const { count: n, rowHeight: h, current: shown } = latest.current
      const last = measured.current
      if (next.scrollTop === last.scrollTop && next.height === last.height) {
        return
      }
      const visible = rowWindow({ count: n, rowHeight: h, overscan: 0, ...viewportInput(next) })
      const covered =
        visible.shift === 0 &&
        shown.shift === 0 &&
        visible.bodyHeight === shown.bodyHeight &&
        visible.first >= shown.first &&
        visible.last <= shown.last
      if (covered) {
        // The rows in view are already rendered (the overscan; at mount, the first screen for
        // `initialHeight`): nothing to render until the view leaves them; remember where we are.
        measured.current = next
        return
      }
      next.jumped = visible.first > shown.last || visible.last < shown.first
      measured.current = next
      if (immediate) {
        flushSync(render)
      } else {
        render()
      }
    },
    [rowsHeight],
  )

  useIsomorphicLayoutEffect(() => {
    if (!scrollElement) {
      return
    }
    sync(scrollElement, false)
    const onScroll = () => sync(scrollElement, true)
    scrollElement.addEventListener('scroll', onScroll, { passive: true })
    const resize =
      typeof ResizeObserver === 'undefined'
        ? undefined
        : new ResizeObserver((entries) => {
            const scrolled = entries.some((entry) => entry.target === probeElement)
            sync(scrollElement, scrolled)
          })
    resize?.observe(scrollElement)
    if (probeElement) {
      resize?.observe(probeElement)
    }
    return () => {
      scrollElement.removeEventListener('scroll', onScroll)
      resize?.disconnect()
    }
  }, [scrollElement, probeElement, sync])

  const scrollToRow = useCallback(
    (index: number, align: 'auto' | 'start' = 'auto') => {
      if (!scrollElement) {
        return
      }
      if (index < 0) {
        // The header row: it is always in view (sticky); the list goes back to its top with it.
        scrollElement.scrollTop = 0
        sync(scrollElement, true)
        return
      }
      const { count: n, rowHeight: h } = latest.current
      const target = scrollTopForRow(
        index,
        {
          count: n,
          rowHeight: h,
          scrollTop: scrollElement.scrollTop,
          viewportHeight: rowsHeight(scrollElement),
        },
        align,
      )
      if (target !== undefined) {
        scrollElement.scrollTop = target
        sync(scrollElement, true)
      }
    },
    [scrollElement, sync, rowsHeight],
  )

  return { ...current, scrollTop: viewport.scrollTop, scrollToRow }
}

function viewportInput(viewport: Viewport) {
  return { scrollTop: viewport.scrollTop, viewportHeight: viewport.height }
}
