'use client'
import { useMemo, useState } from 'react'
import { useKit } from '../kit/KitContext.tsx'
import { createPanelFormatters, type PanelFormatters } from './panelFormatters.ts'

/**
 * The kit's formatters plus the panel's own (relative and zoned times, plain amounts), built once
 * per panel root from the kit's locale, time zone and currency, and rebuilt only when they change.
 * Relative times count from `now`, by default from when the panel mounted.
 */
export function usePanelFormatters(now: number | undefined): PanelFormatters {
  const { locale, timeZone, currency, format } = useKit()
  const [mountedAt] = useState(() => Date.now())
  const reference = now ?? mountedAt
  return useMemo(
    () => createPanelFormatters({ locale, timeZone, currency, now: reference, base: format }),
    [locale, timeZone, currency, reference, format],
  )
}
