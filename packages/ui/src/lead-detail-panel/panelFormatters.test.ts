import { describe, expect, it } from 'vitest'
import { createPanelFormatters } from './panelFormatters.ts'

const NOW = Date.parse('2026-05-08T12:00:00Z')

describe('createPanelFormatters', () => {
  const format = createPanelFormatters({ locale: 'en-US', timeZone: 'UTC', now: NOW })

  it('formats relative times against `now` and zoned times with the zone name', () => {
    expect(format.relative('2026-05-05T12:00:00Z')).toBe('3 days ago')
    expect(format.zoned('2026-05-08T14:23:11Z', 'America/New_York')).toBe(
      'May 8, 2026, 10:23 AM EDT',
    )
    expect(format.zoned('2026-05-08T14:23:11Z', 'UTC')).toBe('May 8, 2026, 2:23 PM UTC')
    expect(format.viewerTimeZone).toBe('UTC')
  })

  it('survives bad zones, bad dates, bad locales and bad currencies', () => {
    expect(format.zoned('2026-05-08T14:23:11Z', '<script>')).toBeUndefined()
    expect(format.zoned('not a date', 'UTC')).toBeUndefined()
    expect(format.resolveTimeZone('Mars/Olympus')).toBeUndefined()
    expect(format.resolveTimeZone('America/New_York')).toBe('America/New_York')
    const odd = createPanelFormatters({
      locale: '!!',
      timeZone: 'Nowhere',
      currency: 'XX',
      now: NOW,
    })
    expect(odd.amount(12.5)).toBe('$12.50')
    expect(odd.relative('2026-05-07T12:00:00Z')).toBe('yesterday')
  })

  it('formats major-unit amounts and integers, with the dash for anything else', () => {
    const euro = createPanelFormatters({ locale: 'de-DE', currency: 'EUR', now: NOW })
    expect(euro.amount(1234.5)).toBe('1.234,50\u00a0€')
    expect(format.integer(12)).toBe('12')
    expect(format.amount(null)).toBe('—')
    expect(format.integer(Number.NaN)).toBe('—')
  })
})
