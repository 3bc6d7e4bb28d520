/** The slice of `Intl` these helpers read; a parameter so older runtimes can be tested. */
export interface TimeZoneIntl {
  supportedValuesOf?: ((key: 'timeZone') => string[]) | undefined
  DateTimeFormat: () => { resolvedOptions(): { timeZone?: string | undefined } }
}

/**
 * IANA zone names the runtime knows, plus `UTC` (V8 lists only the canonical regional zones). Empty
 * where `Intl.supportedValuesOf` is missing (Safari < 15.4, Node < 18) or refuses the key.
 */
export function supportedTimeZones(intl: TimeZoneIntl = Intl): string[] {
  if (typeof intl.supportedValuesOf !== 'function') {
    return []
  }
  try {
    const zones = intl.supportedValuesOf('timeZone')
    return zones.includes('UTC') ? zones : ['UTC', ...zones]
  } catch {
    return []
  }
}

/** The zone of the device running this code, or '' when the runtime won't say. */
export function viewerTimeZone(intl: TimeZoneIntl = Intl): string {
  try {
    return intl.DateTimeFormat().resolvedOptions().timeZone ?? ''
  } catch {
    return ''
  }
}
