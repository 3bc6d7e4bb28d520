import type * as v from 'valibot'

// A response shape as plain data: the few valibot schema kinds the client needs, with valibot's
// own `type` names and fields, checked by walkShape. Parsing a response then needs no schema
// library in the bundle; `toValibot` turns a shape into the same valibot schema for the exported
// `*Schema` constants (and real valibot schemas of these kinds can be walked as they are).

export interface StringShape {
  readonly type: 'string'
}
export interface NumberShape {
  readonly type: 'number'
}
export interface BooleanShape {
  readonly type: 'boolean'
}
export interface UnknownShape {
  readonly type: 'unknown'
}
export interface LiteralShape<TLiteral> {
  readonly type: 'literal'
  readonly literal: TLiteral
}
export interface NullishShape<TWrapped> {
  readonly type: 'nullish'
  readonly wrapped: TWrapped
}
export interface OptionalShape<TWrapped> {
  readonly type: 'optional'
  readonly wrapped: TWrapped
}
export interface ArrayShape<TItem> {
  readonly type: 'array'
  readonly item: TItem
}
export interface LooseObjectShape<TEntries> {
  readonly type: 'loose_object'
  readonly entries: TEntries
}
export type ShapeEntries = { readonly [key: string]: Shape }

type OwnShape =
  | StringShape
  | NumberShape
  | BooleanShape
  | UnknownShape
  | LiteralShape<boolean>
  | NullishShape<Shape>
  | OptionalShape<Shape>
  | ArrayShape<Shape>
  | LooseObjectShape<ShapeEntries>

/** A shape, or a valibot schema (walked only if it is one of the kinds above). */
export type Shape = OwnShape | v.GenericSchema

/** The valibot schema a shape stands for. */
export type ToValibot<TShape> = Shape extends TShape
  ? v.GenericSchema
  : TShape extends v.GenericSchema
    ? TShape
    : TShape extends StringShape
      ? v.StringSchema<undefined>
      : TShape extends NumberShape
        ? v.NumberSchema<undefined>
        : TShape extends BooleanShape
          ? v.BooleanSchema<undefined>
          : TShape extends UnknownShape
            ? v.UnknownSchema
            : TShape extends LiteralShape<infer TLiteral extends boolean>
              ? v.LiteralSchema<TLiteral, undefined>
              : TShape extends NullishShape<infer TWrapped>
                ? v.NullishSchema<Schema<TWrapped>, undefined>
                : TShape extends OptionalShape<infer TWrapped>
                  ? v.OptionalSchema<Schema<TWrapped>, undefined>
                  : TShape extends ArrayShape<infer TItem>
                    ? v.ArraySchema<Schema<TItem>, undefined>
                    : TShape extends LooseObjectShape<infer TEntries>
                      ? v.LooseObjectSchema<
                          { [K in keyof TEntries]: Schema<TEntries[K]> },
                          undefined
                        >
                      : never

type Schema<TShape> = Extract<ToValibot<TShape>, v.GenericSchema>

/** What a shape parses to: the same type as valibot's output for `ToValibot<TShape>`. */
export type InferShape<TShape> = Shape extends TShape
  ? unknown
  : TShape extends v.GenericSchema
    ? v.InferOutput<TShape>
    : TShape extends StringShape
      ? string
      : TShape extends NumberShape
        ? number
        : TShape extends BooleanShape
          ? boolean
          : TShape extends UnknownShape
            ? unknown
            : TShape extends LiteralShape<infer TLiteral>
              ? TLiteral
              : TShape extends NullishShape<infer TWrapped>
                ? InferShape<TWrapped> | null | undefined
                : TShape extends OptionalShape<infer TWrapped>
                  ? InferShape<TWrapped> | undefined
                  : TShape extends ArrayShape<infer TItem>
                    ? InferShape<TItem>[]
                    : TShape extends LooseObjectShape<infer TEntries>
                      ? InferObject<TEntries>
                      : never

type OptionalKey<TEntries> = {
  [K in keyof TEntries]: TEntries[K] extends NullishShape<unknown> | OptionalShape<unknown>
    ? K
    : never
}[keyof TEntries]

type InferObject<TEntries> = {
  [K in Exclude<keyof TEntries, OptionalKey<TEntries>>]: InferShape<TEntries[K]>
} & { [K in OptionalKey<TEntries>]?: InferShape<TEntries[K]> } & { [key: string]: unknown }

// @__NO_SIDE_EFFECTS__
export function string(): StringShape {
  return { type: 'string' }
}
// @__NO_SIDE_EFFECTS__
export function number(): NumberShape {
  return { type: 'number' }
}
// @__NO_SIDE_EFFECTS__
export function boolean(): BooleanShape {
  return { type: 'boolean' }
}
// @__NO_SIDE_EFFECTS__
export function unknown(): UnknownShape {
  return { type: 'unknown' }
}
// @__NO_SIDE_EFFECTS__
export function literal<const TLiteral extends boolean>(value: TLiteral): LiteralShape<TLiteral> {
  return { type: 'literal', literal: value }
}
// @__NO_SIDE_EFFECTS__
export function nullish<const TWrapped extends Shape>(wrapped: TWrapped): NullishShape<TWrapped> {
  return { type: 'nullish', wrapped }
}
// @__NO_SIDE_EFFECTS__
export function optional<const TWrapped extends Shape>(wrapped: TWrapped): OptionalShape<TWrapped> {
  return { type: 'optional', wrapped }
}
// @__NO_SIDE_EFFECTS__
export function array<const TItem extends Shape>(item: TItem): ArrayShape<TItem> {
  return { type: 'array', item }
}
// @__NO_SIDE_EFFECTS__
export function looseObject<const TEntries extends ShapeEntries>(
  entries: TEntries,
): LooseObjectShape<TEntries> {
  return { type: 'loose_object', entries }
}

/** One value that does not fit, described as valibot describes it. */
export interface ShapeIssue {
  /** Object keys and array indexes from the root. */
  keys: readonly PropertyKey[]
  expected: string
  /** `"text"`, `12`, `null`, `Object` (valibot's `received`). */
  received: string
  /** valibot's message: `Invalid type: Expected number but received "12"`. */
  message: string
}

const FAILED = Symbol('failed')

/**
 * Checks `input` against `shape` as valibot would, returning a fresh copy of every object and
 * array on the way. Each value that does not fit goes to `onIssue`; if that returns, the value
 * is dropped: `null` in an object, left out of an array. An `onIssue` that throws stops the walk.
 */
export function walkShape<TShape extends Shape>(
  shape: TShape,
  input: unknown,
  onIssue: (issue: ShapeIssue) => void,
): InferShape<TShape> {
  const keys: PropertyKey[] = []
  const fail = (label: string, expected: string, value: unknown) => {
    const received = describeReceived(value)
    const message = `Invalid ${label}: Expected ${expected} but received ${received}`
    onIssue({ keys: [...keys], expected, received, message })
    return FAILED
  }
  const walkEntry = (entryShape: Shape, value: unknown, key: PropertyKey) => {
    keys.push(key)
    const output = walk(entryShape, value)
    keys.pop()
    return output
  }
  const walk = (anyShape: Shape, value: unknown): unknown => {
    const shape = anyShape as OwnShape
    switch (shape.type) {
      case 'nullish':
      case 'optional':
        return value === undefined || (value === null && shape.type === 'nullish')
          ? value
          : walk(shape.wrapped, value)
      case 'unknown':
        return value
      case 'string':
      case 'boolean':
        return typeof value === shape.type ? value : fail('type', shape.type, value)
      case 'number':
        return typeof value === 'number' && !Number.isNaN(value)
          ? value
          : fail('type', 'number', value)
      case 'literal':
        return value === shape.literal ? value : fail('type', String(shape.literal), value)
      case 'array': {
        if (!Array.isArray(value)) {
          return fail('type', 'Array', value)
        }
        const output: unknown[] = []
        for (let index = 0; index < value.length; index++) {
          const itemOutput = walkEntry(shape.item, value[index], index)
          if (itemOutput !== FAILED) {
            output.push(itemOutput)
          }
        }
        return output
      }
      case 'loose_object': {
        if (!value || typeof value !== 'object') {
          return fail('type', 'Object', value)
        }
        const record = value as Record<string, unknown>
        const output: Record<string, unknown> = {}
        const { entries } = shape
        for (const key in entries) {
          const entryShape = entries[key] as Shape
          if (key in record) {
            const entryOutput = walkEntry(entryShape, record[key], key)
            output[key] = entryOutput === FAILED ? null : entryOutput
          } else if (entryShape.type !== 'optional' && entryShape.type !== 'nullish') {
            keys.push(key)
            fail('key', `"${key}"`, undefined)
            keys.pop()
            output[key] = null
          }
        }
        for (const key in record) {
          if (Object.hasOwn(record, key) && !Object.hasOwn(entries, key) && !UNSAFE_KEYS.has(key)) {
            output[key] = record[key]
          }
        }
        return output
      }
    }
  }
  return walk(shape, input) as InferShape<TShape>
}

// valibot leaves these out of every object it outputs (prototype pollution).
const UNSAFE_KEYS = new Set(['__proto__', 'prototype', 'constructor'])

/** valibot's `received`: `"text"`, `12`, `true`, `null`, `undefined`, or a constructor name. */
function describeReceived(value: unknown): string {
  const type = typeof value
  if (type === 'string') {
    return `"${String(value)}"`
  }
  if (type === 'number' || type === 'bigint' || type === 'boolean') {
    return String(value)
  }
  if (type === 'object' || type === 'function') {
    const prototype: unknown = value ? Object.getPrototypeOf(value) : null
    const name: unknown = (prototype as { constructor?: { name?: unknown } } | null)?.constructor
      ?.name
    return typeof name === 'string' ? name : 'null'
  }
  return type
}
