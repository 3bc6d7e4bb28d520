import type * as v from 'valibot'
import { AuraResponseError } from './errors.ts'
import { type InferShape, type Shape, walkShape } from './shape.ts'

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/

/** Formats a valibot issue path like `data[3].total_paid_cents`; `''` is the root. */
export function formatIssuePath(path: readonly v.IssuePathItem[] | undefined): string {
  return formatKeyPath((path ?? []).map((item): unknown => item.key))
}

/** Formats object keys and array indexes like `data[3].total_paid_cents`; `''` is the root. */
export function formatKeyPath(keys: readonly unknown[]): string {
  let out = ''
  for (const key of keys) {
    if (typeof key === 'number') {
      out += `[${key}]`
    } else if (typeof key === 'string' && IDENTIFIER.test(key)) {
      out += out === '' ? key : `.${key}`
    } else {
      out += `[${JSON.stringify(String(key))}]`
    }
  }
  return out
}

export interface ResponseContext {
  /** `GET /v1/leads`, for messages. */
  label: string
  status: number
  requestId: string | null
}

/** Validates a decoded body; a mismatch becomes an AuraResponseError naming the first bad path. */
export function parseResponse<TShape extends Shape>(
  shape: TShape,
  body: unknown,
  context: ResponseContext,
): InferShape<TShape> {
  return walkShape(shape, body, (issue) => {
    throw unexpectedBody(context, formatKeyPath(issue.keys), issue)
  })
}

/** The AuraResponseError for a body whose value at `path` is not what the docs say. */
export function unexpectedBody(
  context: ResponseContext,
  path: string,
  { expected, received }: { expected: string; received: string },
): AuraResponseError {
  return new AuraResponseError({
    message: `Unexpected response body from ${context.label} at ${path || '(root)'}: expected ${expected}, received ${received}`,
    path,
    status: context.status,
    requestId: context.requestId,
  })
}
