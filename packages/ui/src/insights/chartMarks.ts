'use client'
import { type FocusEvent, type KeyboardEvent, useCallback, useRef, useState } from 'react'

const NEXT: Record<string, (index: number, last: number) => number> = {
  ArrowRight: (index, last) => Math.min(last, index + 1),
  ArrowDown: (index, last) => Math.min(last, index + 1),
  ArrowLeft: (index) => Math.max(0, index - 1),
  ArrowUp: (index) => Math.max(0, index - 1),
  Home: () => 0,
  End: (_index, last) => last,
}

/**
 * A chart's marks as one tab stop: arrows, Home and End move between them (roving tabindex);
 * the mark hovered or focused shows its tooltip, Escape hides it.
 */
export function useChartMarks(count: number) {
  const [active, setActive] = useState(0)
  const [shown, setShown] = useState<number | null>(null)
  const elements = useRef<Array<HTMLElement | null>>([])
  const current = Math.min(active, Math.max(0, count - 1))

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>, index: number) => {
      if (event.key === 'Escape') {
        setShown(null)
        return
      }
      const move = NEXT[event.key]
      if (!move || count === 0) {
        return
      }
      event.preventDefault()
      const next = move(index, count - 1)
      setActive(next)
      setShown(next)
      elements.current[next]?.focus()
    },
    [count],
  )

  const markProps = (index: number) => ({
    ref: (element: HTMLElement | null) => {
      elements.current[index] = element
    },
    tabIndex: index === current ? 0 : -1,
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => onKeyDown(event, index),
    onFocus: (_event: FocusEvent<HTMLElement>) => {
      setActive(index)
      setShown(index)
    },
    onBlur: () => setShown(null),
    onMouseEnter: () => setShown(index),
    onMouseLeave: () => setShown(null),
  })

  return { shown: shown !== null && shown < count ? shown : null, markProps }
}

/** The smallest 1, 2 or 5 × 10ⁿ at least `max` (1 for nothing), for a readable axis. */
export function niceCeiling(max: number): number {
  if (!(max > 0) || !Number.isFinite(max)) {
    return 1
  }
  const power = 10 ** Math.floor(Math.log10(max))
  for (const step of [1, 2, 5, 10]) {
    if (step * power >= max) {
      return step * power
    }
  }
  return 10 * power
}
