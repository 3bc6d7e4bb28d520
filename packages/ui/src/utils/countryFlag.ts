const REGIONAL_INDICATOR_A = 0x1f1e6

/** The flag emoji for a two-letter ISO 3166-1 code (`US` → 🇺🇸); '' for anything else. */
export function countryFlag(code: unknown): string {
  if (typeof code !== 'string' || !/^[A-Za-z]{2}$/.test(code.trim())) {
    return ''
  }
  return String.fromCodePoint(
    ...[...code.trim().toUpperCase()].map(
      (letter) => REGIONAL_INDICATOR_A + letter.charCodeAt(0) - 65,
    ),
  )
}
