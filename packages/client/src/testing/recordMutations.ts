import fc from 'fast-check'
import { octanistLeadExample } from '../test-utils/octanistExample.ts'
import { REFERENCE_EXAMPLES } from '../test-utils/referenceExamples.ts'

export type JsonObject = Record<string, unknown>

/** Object keys and array indexes from a record's root to one of its values. */
export type ValuePath = readonly (string | number)[]

export type RecordMutation =
  | { kind: 'replace'; path: ValuePath; value: unknown }
  | { kind: 'delete'; path: ValuePath }
  | { kind: 'add-key'; path: ValuePath; key: string; value: unknown }
  | { kind: 'insert-item'; path: ValuePath; index: number; value: unknown }

export interface MutatedRecord {
  valid: JsonObject
  mutated: JsonObject
  mutations: RecordMutation[]
}

function firstRecord(example: unknown): JsonObject {
  const data = isObject(example) ? example.data : undefined
  const record = Array.isArray(data) ? data[0] : data
  if (!isObject(record)) {
    throw new Error('reference example without a record')
  }
  return record
}

/** The lead of the `GET /v1/leads` reference page. */
export const referenceLead: JsonObject = firstRecord(REFERENCE_EXAMPLES['aura-v1-leads-list'][0])
/** The call of the `GET /v1/calls` reference page. */
export const referenceCall: JsonObject = firstRecord(REFERENCE_EXAMPLES['aura-v1-calls-list'][0])
/** An Octanist lead with every documented field. */
export const referenceOctanistLead: JsonObject = { ...octanistLeadExample }

const HUGE_STRING = 'x'.repeat(200_000)

function deeplyNested(depth: number): JsonObject {
  let value: JsonObject = { leaf: true }
  for (let level = 0; level < depth; level++) {
    value = { nested: value }
  }
  return value
}

/** Values a sloppy server might put anywhere: wrong types, nulls, huge or deep values. */
export const oddValueArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string(),
  fc.constantFrom('string', 'not a date', '2026-13-45T99:99:99Z', '', 'null'),
  fc.constant(HUGE_STRING),
  fc.integer({ min: 50, max: 2000 }).map(deeplyNested),
  fc.array(fc.oneof(fc.constant(null), fc.integer(), fc.string(), fc.constant({})), {
    maxLength: 6,
  }),
  fc.constant({}),
  fc.constant([]),
  fc.anything({ maxDepth: 3 }),
)

/**
 * Valid variants of `example`: a random non-empty id, some documented fields set to null and
 * every array resized to 0–3 copies of its first item.
 */
export function validRecordArbitrary(example: JsonObject): fc.Arbitrary<JsonObject> {
  const keys = Object.keys(example).filter((key) => key !== 'id')
  return fc
    .record({
      id: fc.string({ minLength: 1 }),
      nulled: fc.subarray(keys),
      arrayLength: fc.nat({ max: 3 }),
    })
    .map(({ id, nulled, arrayLength }) => {
      const record = resizeArrays(copyDeep(example), arrayLength)
      record.id = id
      for (const key of nulled) {
        record[key] = null
      }
      return record
    })
}

export const validLeadArbitrary = validRecordArbitrary(referenceLead)
export const validCallArbitrary = validRecordArbitrary(referenceCall)
export const validOctanistLeadArbitrary = validRecordArbitrary(referenceOctanistLead)

/** One mutation anywhere in `record` except its `id`. */
export function mutationArbitrary(record: JsonObject): fc.Arbitrary<RecordMutation> {
  const values = valuePaths(record).filter((path) => !(path.length === 1 && path[0] === 'id'))
  const objects = containerPaths(record, isObject)
  const arrays = containerPaths(record, Array.isArray)
  const options: fc.Arbitrary<RecordMutation>[] = [
    fc.record({
      kind: fc.constant('add-key' as const),
      path: fc.constantFrom(...objects),
      key: fc.oneof(fc.string(), fc.constantFrom('property1', 'extra_field', 'constructor')),
      value: oddValueArbitrary,
    }),
  ]
  if (values.length > 0) {
    options.push(
      fc.record({
        kind: fc.constant('replace' as const),
        path: fc.constantFrom(...values),
        value: oddValueArbitrary,
      }),
      fc.record({ kind: fc.constant('delete' as const), path: fc.constantFrom(...values) }),
    )
  }
  if (arrays.length > 0) {
    options.push(
      fc.record({
        kind: fc.constant('insert-item' as const),
        path: fc.constantFrom(...arrays),
        index: fc.nat({ max: 4 }),
        value: fc.oneof(fc.constant(null), oddValueArbitrary),
      }),
    )
  }
  return fc.oneof(...options)
}

/** A valid record from `valid` and a copy of it with 1–`maxMutations` mutations applied. */
export function mutatedRecordArbitrary(
  valid: fc.Arbitrary<JsonObject>,
  maxMutations = 5,
): fc.Arbitrary<MutatedRecord> {
  return valid.chain((record) =>
    fc
      .array(mutationArbitrary(record), { minLength: 1, maxLength: maxMutations })
      .map((mutations) => ({
        valid: record,
        mutated: applyMutations(record, mutations),
        mutations,
      })),
  )
}

export const mutatedLeadArbitrary = mutatedRecordArbitrary(validLeadArbitrary)
export const mutatedCallArbitrary = mutatedRecordArbitrary(validCallArbitrary)
export const mutatedOctanistLeadArbitrary = mutatedRecordArbitrary(validOctanistLeadArbitrary)

/** Applies `mutations` in order to a deep copy of `record`; one whose path is gone is skipped. */
export function applyMutations(
  record: JsonObject,
  mutations: readonly RecordMutation[],
): JsonObject {
  const copy = copyDeep(record)
  for (const mutation of mutations) {
    applyMutation(copy, mutation)
  }
  return copy
}

function applyMutation(root: JsonObject, original: RecordMutation): void {
  // Generated values may be shared between runs (fc.constant, shrinking): each record gets a copy.
  const mutation = 'value' in original ? { ...original, value: copyDeep(original.value) } : original
  if (mutation.kind === 'add-key' || mutation.kind === 'insert-item') {
    const target = valueAt(root, mutation.path)
    if (mutation.kind === 'add-key' && isObject(target)) {
      const isRootId = mutation.path.length === 0 && mutation.key === 'id'
      if (!isRootId) {
        Object.defineProperty(target, mutation.key, {
          value: mutation.value,
          enumerable: true,
          writable: true,
          configurable: true,
        })
      }
    } else if (mutation.kind === 'insert-item' && Array.isArray(target)) {
      target.splice(Math.min(mutation.index, target.length), 0, mutation.value)
    }
    return
  }
  const parent = valueAt(root, mutation.path.slice(0, -1))
  const key = mutation.path.at(-1)
  if (key === undefined) {
    return
  }
  if (Array.isArray(parent) && typeof key === 'number' && key < parent.length) {
    if (mutation.kind === 'replace') {
      parent[key] = mutation.value
    } else {
      parent.splice(key, 1)
    }
  } else if (isObject(parent) && typeof key === 'string' && Object.hasOwn(parent, key)) {
    if (mutation.kind === 'replace') {
      parent[key] = mutation.value
    } else {
      delete parent[key]
    }
  }
}

function valueAt(root: unknown, path: ValuePath): unknown {
  let value = root
  for (const key of path) {
    if (Array.isArray(value) && typeof key === 'number') {
      value = value[key]
    } else if (isObject(value) && typeof key === 'string' && Object.hasOwn(value, key)) {
      value = value[key]
    } else {
      return undefined
    }
  }
  return value
}

/** Every path to a value inside `value`, parents before children. */
export function valuePaths(value: unknown, prefix: ValuePath = []): ValuePath[] {
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : isObject(value)
      ? Object.entries(value)
      : []
  return entries.flatMap(([key, child]) => {
    const path = [...prefix, key]
    return [path, ...valuePaths(child, path)]
  })
}

function containerPaths(record: JsonObject, test: (value: unknown) => boolean): ValuePath[] {
  const nested = valuePaths(record).filter((path) => test(valueAt(record, path)))
  return test(record) ? [[], ...nested] : nested
}

function resizeArrays(value: JsonObject, length: number): JsonObject {
  for (const [key, child] of Object.entries(value)) {
    if (Array.isArray(child) && child.length > 0) {
      const [first] = child
      value[key] = Array.from({ length }, () =>
        isObject(first) ? resizeArrays(copyDeep(first), length) : first,
      )
    } else if (isObject(child)) {
      resizeArrays(child, length)
    }
  }
  return value
}

/** A deep copy of plain objects and arrays, without recursion: values nest thousands deep. */
function copyDeep<T>(value: T): T {
  // Spread keeps an own `__proto__` key an own key, and assigning to it then stays a plain write.
  const copyOf = (original: unknown): unknown =>
    Array.isArray(original) ? [...original] : isObject(original) ? { ...original } : original
  const root = copyOf(value)
  const pending = [root]
  for (let container = pending.pop(); container !== undefined; container = pending.pop()) {
    if (typeof container !== 'object' || container === null) {
      continue
    }
    for (const [key, child] of Object.entries(container)) {
      if (typeof child === 'object' && child !== null) {
        const copied = copyOf(child)
        Reflect.set(container, key, copied)
        pending.push(copied)
      }
    }
  }
  return root as T
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
