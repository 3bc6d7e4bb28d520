import * as v from 'valibot'
import { formatKeyPath } from './parseResponse.ts'

export type DataIssueAction = 'value-dropped' | 'item-dropped' | 'record-dropped'

/** One odd value in a record; `path` is relative to the record (`''` is the record itself). */
export interface RecordIssue {
  path: string
  expected: string
  received: string
  action: DataIssueAction
}

type Container = Record<PropertyKey, unknown> | unknown[]

// Each pass repairs every issue valibot reports; a second pass only meets what the first one
// uncovered (a pipe's transform runs once its input is clean), so a few passes are plenty.
const MAX_PASSES = 4
const MAX_RECEIVED_LENGTH = 80
const REMOVED = Symbol('removed')

/**
 * Parses one record with `schema`, repairing instead of failing: a value that fails becomes
 * null, an array item that fails is dropped. Returns null (one `record-dropped` issue) when the
 * record is not an object or has no non-empty string `id`. Never mutates `raw`.
 */
export function repairRecord<TSchema extends v.GenericSchema>(
  schema: TSchema,
  raw: unknown,
  onIssue: (issue: RecordIssue) => void,
): v.InferOutput<TSchema> | null {
  if (!isContainer(raw) || Array.isArray(raw)) {
    onIssue({
      path: '',
      expected: 'Object',
      received: describeValue(raw),
      action: 'record-dropped',
    })
    return null
  }
  if (typeof raw.id !== 'string' || raw.id === '') {
    const received = describeValue(raw.id)
    onIssue({ path: 'id', expected: 'non-empty string', received, action: 'record-dropped' })
    return null
  }
  const reported = new Set<string>()
  const report = (issue: RecordIssue) => {
    if (!reported.has(issue.path)) {
      reported.add(issue.path)
      onIssue(issue)
    }
  }
  let current: unknown = raw
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const result = v.safeParse(schema, current, { abortEarly: false })
    if (result.success) {
      return result.output
    }
    const repaired = applyRepairs(current, result.issues, report)
    if (repaired === null) {
      break
    }
    current = repaired
  }
  onIssue({
    path: '',
    expected: 'a repairable record',
    received: 'Object',
    action: 'record-dropped',
  })
  return null
}

/** A repaired shallow copy of `root`, or null when no issue could be repaired. */
function applyRepairs(
  root: unknown,
  issues: readonly v.BaseIssue<unknown>[],
  report: (issue: RecordIssue) => void,
): unknown {
  const copies = new CopyOnWrite(root)
  let repairedAny = false
  for (const issue of issues) {
    const keys = (issue.path ?? []).map((item): unknown => item.key)
    const lastKey = keys.at(-1)
    const parent = copies.containerAt(keys.slice(0, -1))
    if (parent === undefined || lastKey === undefined) {
      continue
    }
    const common = {
      path: formatKeyPath(keys),
      expected: issue.expected ?? issue.type,
      received: truncate(issue.received),
    }
    if (Array.isArray(parent) && typeof lastKey === 'number') {
      if (parent[lastKey] !== REMOVED) {
        parent[lastKey] = REMOVED
        copies.compactLater(parent)
        report({ ...common, action: 'item-dropped' })
        repairedAny = true
      }
    } else if (!Array.isArray(parent) && typeof lastKey === 'string' && parent[lastKey] !== null) {
      parent[lastKey] = null
      report({ ...common, action: 'value-dropped' })
      repairedAny = true
    }
  }
  copies.compact()
  return repairedAny ? copies.root : null
}

/** Shallow-copies each container on a repaired path once, so the input is never mutated. */
class CopyOnWrite {
  readonly root: unknown
  private readonly owned = new Set<unknown>()
  private readonly withRemovals = new Set<unknown[]>()

  constructor(root: unknown) {
    this.root = isContainer(root) ? this.copy(root) : root
  }

  containerAt(keys: readonly unknown[]): Container | undefined {
    if (!isContainer(this.root)) {
      return undefined
    }
    let container: Container = this.root
    for (const key of keys) {
      if (typeof key !== 'string' && typeof key !== 'number') {
        return undefined
      }
      const child: unknown = Array.isArray(container) ? container[Number(key)] : container[key]
      if (!isContainer(child)) {
        return undefined
      }
      const ownedChild = this.owned.has(child) ? child : this.copy(child)
      if (Array.isArray(container)) {
        container[Number(key)] = ownedChild
      } else {
        container[key] = ownedChild
      }
      container = ownedChild
    }
    return container
  }

  compactLater(array: unknown[]): void {
    this.withRemovals.add(array)
  }

  /** Removes the items marked REMOVED, in one sweep per array. */
  compact(): void {
    for (const array of this.withRemovals) {
      let kept = 0
      for (const item of array) {
        if (item !== REMOVED) {
          array[kept++] = item
        }
      }
      array.length = kept
    }
    this.withRemovals.clear()
  }

  private copy(container: Container): Container {
    const copied = Array.isArray(container) ? [...container] : { ...container }
    this.owned.add(copied)
    return copied
  }
}

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null
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
