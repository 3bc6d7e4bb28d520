import { describe, expect, it } from 'vitest'
import { createFormatters, cutAt, displayValue, EMPTY_VALUE, textOf } from './formatters.ts'

describe('createFormatters', () => {
  it('formats cents as money and dates in the given zone and locale', () => {
    const format = createFormatters({ locale: 'en-US', timeZone: 'UTC', currency: 'USD' })
    expect(format.money(123456)).toBe('$1,234.56')
    expect(format.date('2026-06-01T23:30:00Z')).toBe('Jun 1, 2026')
    const tokyo = createFormatters({ locale: 'en-US', timeZone: 'Asia/Tokyo' })
    expect(tokyo.date('2026-06-01T23:30:00Z')).toBe('Jun 2, 2026')
    const euro = createFormatters({ locale: 'de-DE', currency: 'EUR' }).money(150)
    expect(euro.replace(/\s/g, ' ')).toBe('1,50 €')
  })

  it("writes minutes in the locale's own words", () => {
    expect(createFormatters({ locale: 'en-US' }).minutes(1245)).toBe('1,245 min')
    expect(createFormatters({ locale: 'de-DE' }).minutes(1245).replace(/\s/g, ' ')).toBe(
      '1.245 Min.',
    )
  })

  it('formats plain amounts with the locale grouping and up to two decimals', () => {
    expect(createFormatters({ locale: 'en-US' }).number(1878.5)).toBe('1,878.5')
    expect(createFormatters({ locale: 'de-DE' }).number(16100.456)).toBe('16.100,46')
    expect(createFormatters({ locale: 'en-US' }).number(Number.NaN)).toBe(EMPTY_VALUE)
    expect(createFormatters({ locale: 'en-US' }).number('12')).toBe(EMPTY_VALUE)
  })

  it('turns missing or odd values into a dash and survives a bad zone', () => {
    const format = createFormatters({ locale: 'en-US', timeZone: 'Not/AZone', currency: '??' })
    expect(format.money(null)).toBe(EMPTY_VALUE)
    expect(format.money('12')).toBe(EMPTY_VALUE)
    expect(format.dateTime('yesterday-ish')).toBe(EMPTY_VALUE)
    expect(format.minutes(undefined)).toBe(EMPTY_VALUE)
    expect(format.money(100)).toBe('$1.00')
    // An object is shown as JSON, never through its own toString.
    expect(textOf({ toString: () => 'x' })).toBe('{}')
    expect(textOf(Number.NaN)).toBe(EMPTY_VALUE)
    expect(textOf('')).toBe(EMPTY_VALUE)
  })
})

describe('displayValue, the one value-to-text helper', () => {
  it('spells out every kind of value, and nothing for the empty ones', () => {
    expect(displayValue('Ada')).toBe('Ada')
    expect(displayValue(12.5)).toBe('12.5')
    expect(displayValue(10n)).toBe('10')
    expect(displayValue({ a: [1, 2] })).toBe('{"a":[1,2]}')
    expect(
      [null, undefined, '', Number.POSITIVE_INFINITY].map((value) => displayValue(value)),
    ).toEqual([undefined, undefined, undefined, undefined])
  })

  it('names booleans in the words it is given (the kit messages), English by default', () => {
    expect(displayValue(true)).toBe('Yes')
    expect(displayValue(false, undefined, { yes: 'Ja', no: 'Nein' })).toBe('Nein')
    expect(textOf(true, undefined, { yes: 'Ja', no: 'Nein' })).toBe('Ja')
  })

  it('cuts long text with an ellipsis, never inside a surrogate pair', () => {
    expect(displayValue('x'.repeat(5000))).toHaveLength(2001)
    expect(displayValue('abcdef', 3)).toBe('abc…')
    expect(cutAt('ab😀', 3)).toBe('ab')
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(displayValue(cyclic)).toBe('[object]')
  })
})
