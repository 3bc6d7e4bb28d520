import * as v from 'valibot'
import type { Shape, ToValibot } from './shape.ts'

// One valibot schema per shape object, so a shape used in two places is one schema in both.
const made = new WeakMap<object, v.GenericSchema>()

/**
 * The valibot schema of a shape (valibot schemas inside it are kept as they are). Only the
 * exported `*Schema` constants use it, so a bundle that does not import them has no valibot.
 */
// @__NO_SIDE_EFFECTS__
export function toValibot<TShape extends Shape>(shape: TShape): ToValibot<TShape> {
  return schemaOf(shape) as ToValibot<TShape>
}

function schemaOf(shape: Shape): v.GenericSchema {
  if ('~run' in shape) {
    return shape
  }
  let schema = made.get(shape)
  if (schema === undefined) {
    schema = build(shape)
    made.set(shape, schema)
  }
  return schema
}

function build(shape: Exclude<Shape, v.GenericSchema>): v.GenericSchema {
  switch (shape.type) {
    case 'string':
      return v.string()
    case 'number':
      return v.number()
    case 'boolean':
      return v.boolean()
    case 'unknown':
      return v.unknown()
    case 'literal':
      return v.literal(shape.literal)
    case 'nullish':
      return v.nullish(schemaOf(shape.wrapped))
    case 'optional':
      return v.optional(schemaOf(shape.wrapped))
    case 'array':
      return v.array(schemaOf(shape.item))
    case 'loose_object': {
      const entries: Record<string, v.GenericSchema> = {}
      for (const [key, entry] of Object.entries(shape.entries)) {
        entries[key] = schemaOf(entry)
      }
      return v.looseObject(entries)
    }
    default:
      return shape satisfies never
  }
}
