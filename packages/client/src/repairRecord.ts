import { formatKeyPath } from './parseResponse.ts'
import { describeReceived, type InferShape, type Shape, walkShape } from './shape.ts'

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
  onIssue: ((issue: RecordIssue) => void) | undefined,
): InferShape<TShape> | null {
  const isRecord = raw !== null && typeof raw === 'object' && !Array.isArray(raw)
  const id: unknown = isRecord ? Reflect.get(raw, 'id') : raw
  if (!isRecord || typeof id !== 'string' || id === '') {
    onIssue?.({
      path: isRecord ? 'id' : '',
      expected: isRecord ? 'non-empty string' : 'Object',
      received: truncate(describeReceived(id)),
      action: 'record-dropped',
    })
    return null
  }
  return walkShape(shape, raw, (issue) =>
    onIssue?.({
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
