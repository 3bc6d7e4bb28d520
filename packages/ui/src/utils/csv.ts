/** One CSV column: a header and how to read the value from a row. */
export interface CsvColumn<T> {
  header: string
  value: (row: T) => unknown
}

const FORMULA_START = /^[=+\-@\t\r]/

/**
 * Escapes one field: quotes when it holds a quote, comma or line break, and prefixes `'` when
 * it starts like a spreadsheet formula (`=`, `+`, `-`, `@`, tab, CR) against formula injection.
 */
export function escapeCsvField(value: unknown): string {
  let text = toText(value)
  if (FORMULA_START.test(text)) {
    text = `'${text}`
  }
  if (/[",\r\n]/.test(text)) {
    return `"${text.replaceAll('"', '""')}"`
  }
  return text
}

function toText(value: unknown): string {
  if (value === null || value === undefined) {
    return ''
  }
  if (typeof value === 'string') {
    return value
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value)
  }
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? '' : value.toISOString()
  }
  try {
    return JSON.stringify(value) ?? ''
  } catch {
    return ''
  }
}

export function csvHeaderLine<T>(columns: readonly CsvColumn<T>[]): string {
  return `${columns.map((column) => escapeCsvField(column.header)).join(',')}\r\n`
}

export function csvRowLines<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  let out = ''
  for (const row of rows) {
    out += `${columns.map((column) => escapeCsvField(readSafely(column, row))).join(',')}\r\n`
  }
  return out
}

function readSafely<T>(column: CsvColumn<T>, row: T): unknown {
  try {
    return column.value(row)
  } catch {
    return ''
  }
}
