'use client'
import { type RefObject, useEffect, useState } from 'react'

/**
 * The element's content width in px, kept current by a ResizeObserver; `fallback` until it is
 * measured (and on the server, where nothing is).
 */
export function useWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback)
  useEffect(() => {
    const element = ref.current
    if (!element || typeof ResizeObserver === 'undefined') {
      return
    }
    const observer = new ResizeObserver(([entry]) => {
      const measured = entry?.contentRect.width ?? 0
      if (measured > 0) {
        setWidth(Math.round(measured))
      }
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref])
  return width
}
