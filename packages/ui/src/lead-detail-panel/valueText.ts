import { type BooleanWords, displayValue } from '../utils/formatters.ts'

/** `displayValue` (the kit's one value-to-text helper) with booleans in the given words. */
export type ValueText = (value: unknown, maxLength?: number) => string | undefined

export function createValueText(words: BooleanWords): ValueText {
  return (value, maxLength) => displayValue(value, maxLength, words)
}

/** A plain object's own entries, or none for anything else (arrays, strings, null). */
export function entriesOf(value: unknown): Array<[string, unknown]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return []
  }
  return Object.entries(value)
}
