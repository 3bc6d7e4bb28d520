import fc from 'fast-check'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { callSchema } from '../call.ts'
import { leadSchema } from '../lead.ts'
import { octanistLeadSchema } from '../octanist-lead.ts'
import {
  applyMutations,
  mutatedRecordArbitrary,
  referenceCall,
  referenceLead,
  referenceOctanistLead,
  validRecordArbitrary,
  valuePaths,
} from './recordMutations.ts'

const kinds = [
  { name: 'lead', example: referenceLead, schema: leadSchema },
  { name: 'call', example: referenceCall, schema: callSchema },
  { name: 'octanist lead', example: referenceOctanistLead, schema: octanistLeadSchema },
]

describe.each(kinds)('$name arbitraries', ({ example, schema }) => {
  const valid = validRecordArbitrary(example)

  it('valid records pass the schema', () => {
    fc.assert(fc.property(valid, (record) => v.is(schema, record)))
  })

  it('mutations leave the valid record untouched and often break the schema', () => {
    const samples = fc.sample(mutatedRecordArbitrary(valid), { numRuns: 300, seed: 7 })
    for (const { valid: record, mutated } of samples) {
      expect(mutated).not.toBe(record)
      expect(v.is(schema, record)).toBe(true)
    }
    const broken = samples.filter(({ mutated }) => !v.is(schema, mutated)).length
    expect(broken).toBeGreaterThan(samples.length / 4)
  })

  it('never touches the id', () => {
    fc.assert(
      fc.property(mutatedRecordArbitrary(valid), ({ valid: record, mutated }) => {
        expect(mutated.id).toBe(record.id)
      }),
    )
  })
})

describe('applyMutations', () => {
  const record = { id: 'r1', notes: [{ content: 'a' }, { content: 'b' }], meta: { city: 'x' } }

  it('applies each kind on a copy', () => {
    const mutated = applyMutations(record, [
      { kind: 'replace', path: ['meta', 'city'], value: 7 },
      { kind: 'delete', path: ['notes', 0] },
      { kind: 'insert-item', path: ['notes'], index: 0, value: null },
      { kind: 'add-key', path: [], key: '__proto__', value: 'own key' },
    ])
    expect(mutated.meta).toEqual({ city: 7 })
    expect(mutated.notes).toEqual([null, { content: 'b' }])
    expect(Object.hasOwn(mutated, '__proto__')).toBe(true)
    expect(record).toEqual({
      id: 'r1',
      notes: [{ content: 'a' }, { content: 'b' }],
      meta: { city: 'x' },
    })
  })

  it('skips a mutation whose path is gone and never adds a root id', () => {
    const mutated = applyMutations(record, [
      { kind: 'delete', path: ['meta'] },
      { kind: 'replace', path: ['meta', 'city'], value: 7 },
      { kind: 'add-key', path: [], key: 'id', value: null },
    ])
    expect(mutated).toEqual({ id: 'r1', notes: record.notes })
  })

  it('lists every value path, parents first', () => {
    expect(valuePaths({ a: [{ b: 1 }] })).toEqual([['a'], ['a', 0], ['a', 0, 'b']])
  })
})
