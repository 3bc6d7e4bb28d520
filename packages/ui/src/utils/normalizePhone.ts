// Spaces (incl. no-break), dots, slashes, parentheses and every dash people paste from documents.
const SEPARATORS = /[\s.()/\u00A0\u2010-\u2015\u2212-]/g
// "+44 (0) 20 ..." writes the national trunk zero after the country code; E.164 drops it.
const TRUNK_ZERO = /\(0\)/g

/**
 * Turns a friendly phone entry into the `+<digits>` form E.164 expects: separators go, a leading
 * international `00` becomes `+`. Entries without a country code stay as typed (minus separators),
 * so validation can reject them instead of guessing a country.
 */
export function normalizePhone(raw: string): string {
  const trimmed = raw.trim()
  const international = trimmed.startsWith('+') || trimmed.startsWith('00')
  const compact = (international ? trimmed.replace(TRUNK_ZERO, '') : trimmed).replace(
    SEPARATORS,
    '',
  )
  return compact.startsWith('00') ? `+${compact.slice(2)}` : compact
}
