import { describe, expect, it } from 'vitest'
import { supportedTimeZones, type TimeZoneIntl, viewerTimeZone } from './supportedTimeZones.ts'

const amsterdamFormat = () => ({ resolvedOptions: () => ({ timeZone: 'Europe/Amsterdam' }) })
const zonelessFormat = () => ({ resolvedOptions: () => ({}) })
const brokenFormat = (): ReturnType<TimeZoneIntl['DateTimeFormat']> => {
  throw new Error('no ICU')
}
const throwingValuesOf = (): string[] => {
  throw new RangeError('Invalid key : timeZone')
}

const fakeIntl = (overrides: Partial<TimeZoneIntl>): TimeZoneIntl => ({
  DateTimeFormat: amsterdamFormat,
  ...overrides,
})

describe('supportedTimeZones', () => {
  it("lists the runtime's IANA zones with UTC", () => {
    const zones = supportedTimeZones()
    expect(zones).toContain('America/New_York')
    expect(zones).toContain('UTC')
    expect(zones.some((zone) => zone.startsWith('+'))).toBe(false)
  })

  it('keeps a UTC the runtime already lists once', () => {
    const zones = supportedTimeZones(fakeIntl({ supportedValuesOf: () => ['Asia/Tokyo', 'UTC'] }))
    expect(zones).toEqual(['Asia/Tokyo', 'UTC'])
  })

  it('is empty when Intl.supportedValuesOf is missing or throws', () => {
    expect(supportedTimeZones(fakeIntl({ supportedValuesOf: undefined }))).toEqual([])
    expect(supportedTimeZones(fakeIntl({ supportedValuesOf: throwingValuesOf }))).toEqual([])
  })
})

describe('viewerTimeZone', () => {
  it("reads the device's zone, or '' when the runtime gives none", () => {
    expect(viewerTimeZone(fakeIntl({}))).toBe('Europe/Amsterdam')
    expect(viewerTimeZone(fakeIntl({ DateTimeFormat: zonelessFormat }))).toBe('')
    expect(viewerTimeZone(fakeIntl({ DateTimeFormat: brokenFormat }))).toBe('')
  })
})
