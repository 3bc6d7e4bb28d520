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

// The documented fields' usual shapes: the type, null or missing.
export const text = /* @__PURE__ */ nullish(/* @__PURE__ */ string())
export const num = /* @__PURE__ */ nullish(/* @__PURE__ */ number())
export const flag = /* @__PURE__ */ nullish(/* @__PURE__ */ boolean())

/** One value that does not fit, described as valibot describes it. */
export interface ShapeIssue {
  /** Object keys and array indexes from the root. */
  keys: readonly PropertyKey[]
  expected: string
  /** `"text"`, `12`, `null`, `Object` (valibot's `received`). */
  received: string
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
  const walk = (anyShape: Shape, value: unknown): unknown => {
    const shape = anyShape as OwnShape
    const { type } = shape
    if (type === 'nullish' || type === 'optional') {
      return value === undefined || (value === null && type === 'nullish')
        ? value
        : walk(shape.wrapped, value)
    }
    if (type === 'array' && Array.isArray(value)) {
      const output: unknown[] = []
      for (let index = 0; index < value.length; index++) {
        keys.push(index)
        const item = walk(shape.item, value[index])
        keys.pop()
        if (item !== FAILED) {
          output.push(item)
        }
      }
      return output
    }
    if (type === 'loose_object' && value && typeof value === 'object') {
      return walkObject(shape.entries, value as Record<string, unknown>)
    }
    const fits =
      type === 'unknown' ||
      ((type === 'literal' ? value === shape.literal : typeof value === type) &&
        !(type === 'number' && Number.isNaN(value)))
    if (fits) {
      return value
    }
    // valibot's `expects`: the type's name, `Array`, `Object` or the literal.
    const expected =
      type === 'literal'
        ? String(shape.literal)
        : type === 'array'
          ? 'Array'
          : type === 'loose_object'
            ? 'Object'
            : type
    onIssue({ keys: [...keys], expected, received: describeReceived(value) })
    return FAILED
  }
  const walkObject = (entries: ShapeEntries, record: Record<string, unknown>) => {
    const output: Record<string, unknown> = {}
    for (const key in entries) {
      keys.push(key)
      // A missing key is walked as undefined: fine where optional, an issue where required.
      const value = walk(entries[key] as Shape, record[key])
      keys.pop()
      if (value === FAILED) {
        output[key] = null
      } else if (key in record) {
        output[key] = value
      }
    }
    for (const key in record) {
      if (Object.hasOwn(record, key) && !Object.hasOwn(entries, key) && !UNSAFE_KEY.test(key)) {
        output[key] = record[key]
      }
    }
    return output
  }
  return walk(shape, input) as InferShape<TShape>
}

// valibot leaves these out of every object it outputs (prototype pollution).
const UNSAFE_KEY = /^(__proto__|prototype|constructor)$/

/** valibot's `received`: `"text"`, `12`, `true`, `null`, `undefined`, or a constructor name. */
export function describeReceived(value: unknown): string {
  if (typeof value === 'string') {
    return `"${value}"`
  }
  if ((value && typeof value === 'object') || typeof value === 'function') {
    const prototype: { constructor?: { name?: string } } | null = Object.getPrototypeOf(value)
    return prototype?.constructor?.name ?? 'null'
  }
  return typeof value === 'symbol' ? 'symbol' : String(value)
}
