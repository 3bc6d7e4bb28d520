'use client'
import { useMemo, useState } from 'react'
import type { LeadDetailOptions } from './leadDetailProps.ts'
import { createPanelFormatters, type PanelFormatters } from './panelFormatters.ts'

/** Formatters for the panel's options, rebuilt only when they change. */
export function usePanelFormatters({
  locale,
  timeZone,
  currency,
  now,
}: LeadDetailOptions): PanelFormatters {
  // Relative times count from when the panel mounted unless the host passes `now`.
  const [mountedAt] = useState(() => Date.now())
  const reference = now ?? mountedAt
  return useMemo(
    () => createPanelFormatters({ locale, timeZone, currency, now: reference }),
    [locale, timeZone, currency, reference],
  )
}
