import fc from 'fast-check'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { callObjectShape, callSchema } from './call.ts'
import {
  auraErrorShape,
  auraListShape,
  octanistErrorShape,
  octanistListShape,
} from './envelopes.ts'
import { leadNoteSchema, leadSchema, leadShape } from './lead.ts'
import { octanistLeadShape } from './octanist-lead.ts'
import { type Shape, type ShapeIssue, unknown, walkShape } from './shape.ts'
import {
  mutatedCallArbitrary,
  mutatedLeadArbitrary,
  mutatedOctanistLeadArbitrary,
} from './testing/recordMutations.ts'
import { toValibot } from './toValibot.ts'

const shapes: Array<[string, Shape]> = [
  ['lead', leadShape],
  ['call', callObjectShape],
  ['octanist lead', octanistLeadShape],
  ['aura list envelope', auraListShape(unknown())],
  ['octanist list envelope', octanistListShape(unknown())],
  ['aura error envelope', auraErrorShape],
  ['octanist error envelope', octanistErrorShape],
]

/** The first issue, thrown as soon as it is met (how parseResponse walks). */
function firstIssue(shape: Shape, input: unknown): ShapeIssue | null {
  try {
    walkShape(shape, input, (issue) => {
      throw issue
    })
    return null
  } catch (issue) {
    return issue as ShapeIssue
  }
}

const inputs = fc.oneof(
  fc.anything(),
  mutatedLeadArbitrary.map((record) => record.mutated),
  mutatedCallArbitrary.map((record) => record.mutated),
  mutatedOctanistLeadArbitrary.map((record) => record.mutated),
  fc.record({ data: fc.array(fc.anything()), pagination: fc.anything(), meta: fc.anything() }),
  fc.record({ success: fc.constantFrom(false, undefined), error: fc.anything() }),
)

describe.each(shapes)('%s: walkShape agrees with valibot on its schema', (_name, shape) => {
  const schema = toValibot(shape)

  it('fails where valibot fails, at the same path, describing the value as valibot does', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const result = v.safeParse(schema, input, { abortEarly: true })
        const issue = firstIssue(shape, input)
        if (result.success) {
          expect(issue).toBeNull()
          expect(walkShape(shape, input, () => {})).toEqual(result.output)
        } else {
          const [expected] = result.issues
          expect(issue?.keys).toEqual((expected.path ?? []).map((item) => item.key))
          expect(issue?.received).toBe(expected.received)
          if (
            expected.kind === 'schema' &&
            expected.type === 'loose_object' &&
            expected.input === undefined
          ) {
            // A missing key: valibot expects the key (`"has_more"`), walkShape the type it lacks.
            expect(issue?.expected).toMatch(/^(string|number|boolean|Array|Object)$/)
          } else {
            expect(issue?.expected).toBe(expected.expected)
          }
        }
      }),
    )
  })

  it('reports an issue exactly where valibot reports one', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const keys: string[] = []
        walkShape(shape, input, (issue) => keys.push(JSON.stringify(issue.keys)))
        const result = v.safeParse(schema, input)
        const valibotKeys = (result.issues ?? []).map((issue) =>
          JSON.stringify((issue.path ?? []).map((item) => item.key)),
        )
        expect(keys).toEqual(valibotKeys)
      }),
    )
  })
})

describe('toValibot', () => {
  it('makes one schema per shape, so nested schemas are the exported ones', () => {
    expect(leadSchema.entries.notes.wrapped.item).toBe(leadNoteSchema)
    expect(toValibot(leadShape)).toBe(leadSchema)
  })

  it('keeps a valibot schema as it is', () => {
    expect(toValibot(callSchema)).toBe(callSchema)
  })
})
