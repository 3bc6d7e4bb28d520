/** Longest value text shown for one field; a 100 kB string must not become a 100 kB label. */
export const MAX_VALUE_LENGTH = 2000

/**
 * Text for one API value of any type: strings as is, numbers and booleans spelled out, objects
 * as JSON; undefined for null, undefined and ''. Long results are cut with an ellipsis.
 */
export function displayValue(value: unknown, maxLength = MAX_VALUE_LENGTH): string | undefined {
  const text = toText(value)
  if (text === undefined || text === '') {
    return undefined
  }
  return text.length > maxLength ? `${cutAt(text, maxLength)}…` : text
}

function toText(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return value
    case 'number':
      return Number.isFinite(value) ? String(value) : undefined
    case 'boolean':
      return value ? 'Yes' : 'No'
    case 'bigint':
      return String(value)
    case 'object':
      if (value === null) {
        return undefined
      }
      try {
        return JSON.stringify(value)
      } catch {
        // Cycles cannot come from JSON, but a host's hand-made object might have one.
        return '[object]'
      }
    default:
      return undefined
  }
}

/** `text` cut to at most `length` UTF-16 units without splitting a surrogate pair. */
export function cutAt(text: string, length: number): string {
  const code = text.charCodeAt(length - 1)
  const endsInHighSurrogate = code >= 0xd800 && code <= 0xdbff
  return text.slice(0, endsInHighSurrogate ? length - 1 : length)
}

/** A plain object's own entries, or none for anything else (arrays, strings, null). */
export function entriesOf(value: unknown): Array<[string, unknown]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return []
  }
  return Object.entries(value)
}
