import { formatKeyPath } from './parseResponse.ts'
import { type InferShape, type Shape, walkShape } from './shape.ts'

export type DataIssueAction = 'value-dropped' | 'item-dropped' | 'record-dropped'

/** One odd value in a record; `path` is relative to the record (`''` is the record itself). */
export interface RecordIssue {
  path: string
  expected: string
  received: string
  action: DataIssueAction
}

const MAX_RECEIVED_LENGTH = 80

/**
 * Parses one record with `shape`, repairing instead of failing: a value that fails becomes
 * null, an array item that fails is dropped. Returns null (one `record-dropped` issue) when the
 * record is not an object or has no non-empty string `id`. Never mutates `raw`.
 */
export function repairRecord<TShape extends Shape>(
  shape: TShape,
  raw: unknown,
  onIssue: (issue: RecordIssue) => void,
): InferShape<TShape> | null {
  const id: unknown = raw !== null && typeof raw === 'object' ? Reflect.get(raw, 'id') : undefined
  if (Array.isArray(raw) || typeof id !== 'string' || id === '') {
    const isRecord = raw !== null && typeof raw === 'object' && !Array.isArray(raw)
    onIssue({
      path: isRecord ? 'id' : '',
      expected: isRecord ? 'non-empty string' : 'Object',
      received: describeValue(isRecord ? id : raw),
      action: 'record-dropped',
    })
    return null
  }
  return walkShape(shape, raw, (issue) =>
    onIssue({
      path: formatKeyPath(issue.keys),
      expected: issue.expected,
      received: truncate(issue.received),
      action: typeof issue.keys.at(-1) === 'number' ? 'item-dropped' : 'value-dropped',
    }),
  )
}

function truncate(text: string): string {
  return text.length > MAX_RECEIVED_LENGTH ? `${text.slice(0, MAX_RECEIVED_LENGTH)}…` : text
}

/** Describes a value the way valibot's `received` does: `"text"`, `12`, `null`, `Object`. */
function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    return truncate(JSON.stringify(value))
  }
  if (typeof value === 'function') {
    return 'Function'
  }
  if (value === null || typeof value !== 'object') {
    return String(value)
  }
  return Array.isArray(value) ? 'Array' : 'Object'
}
