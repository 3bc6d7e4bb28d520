import type { DayRange } from '@aura-kit/hooks'
import { normalizeRange } from '@aura-kit/hooks'
import { useEffect, useId, useState } from 'react'
import { useStrings } from '../i18n/LanguageProvider.tsx'
import {
  clampRange,
  MAX_RANGE_DAYS,
  PERIOD_PRESETS,
  type Period,
  type PeriodPreset,
} from '../url/periodParams.ts'

const CUSTOM = 'custom'

/**
 * The overview's period: a preset (the last 7, 30 or 90 days) or any days from `From` to `To`
 * (native date inputs, both days included). The inputs always show the days in force; editing
 * one makes the period custom.
 */
export function PeriodPicker({
  period,
  range,
  onPeriodChange,
}: {
  period: Period
  /** The days `period` covers now. */
  range: DayRange
  onPeriodChange: (period: Period) => void
}) {
  const strings = useStrings()
  const id = useId()
  // The days just typed, until the URL (through the router, a render or more later) brings them
  // back as `range`: a second edit right after the first builds on it, not on the days before.
  const [typed, setTyped] = useState<DayRange | null>(null)
  const shown = typed ?? range
  useEffect(() => {
    setTyped((current) =>
      current && current.from === range.from && current.to === range.to ? null : current,
    )
  }, [range])
  const setDay = (end: 'from' | 'to', value: string) => {
    // Chrome sends '' while a date is cleared or half typed: the period stays until it is whole.
    const next = normalizeRange({ ...shown, [end]: value })
    if (next) {
      const custom = clampRange(next, end)
      setTyped(custom)
      onPeriodChange({ kind: 'custom', range: custom })
    }
  }
  return (
    <div className="demo-period">
      <div className="demo-inline-field">
        <label htmlFor={`${id}-preset`}>{strings.period}</label>
        <select
          id={`${id}-preset`}
          className="demo-select"
          value={period.kind === 'preset' ? String(period.days) : CUSTOM}
          onChange={(event) => {
            const value = event.currentTarget.value
            setTyped(null)
            onPeriodChange(
              value === CUSTOM
                ? { kind: 'custom', range: shown }
                : { kind: 'preset', days: Number(value) as PeriodPreset },
            )
          }}
        >
          {PERIOD_PRESETS.map((days) => (
            <option key={days} value={days}>
              {strings.lastDays(days)}
            </option>
          ))}
          <option value={CUSTOM}>{strings.customPeriod}</option>
        </select>
      </div>
      <div className="demo-inline-field">
        <label htmlFor={`${id}-from`}>{strings.periodFrom}</label>
        <input
          id={`${id}-from`}
          type="date"
          className="demo-date"
          value={shown.from}
          max={shown.to}
          aria-describedby={`${id}-limit`}
          onChange={(event) => setDay('from', event.currentTarget.value)}
        />
      </div>
      <div className="demo-inline-field">
        <label htmlFor={`${id}-to`}>{strings.periodTo}</label>
        <input
          id={`${id}-to`}
          type="date"
          className="demo-date"
          value={shown.to}
          min={shown.from}
          aria-describedby={`${id}-limit`}
          onChange={(event) => setDay('to', event.currentTarget.value)}
        />
      </div>
      <p id={`${id}-limit`} className="demo-muted demo-small demo-period-limit">
        {strings.periodLimit(MAX_RANGE_DAYS)}
      </p>
    </div>
  )
}
