import fc from 'fast-check'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { callSchema } from './call.ts'
import { leadSchema } from './lead.ts'
import { octanistLeadSchema } from './octanist-lead.ts'
import { type ParseRecordOptions, parseCall, parseLead, parseOctanistLead } from './parseRecord.ts'
import type { RecordIssue } from './repairRecord.ts'
import {
  type JsonObject,
  mutatedRecordArbitrary,
  oddValueArbitrary,
  validCallArbitrary,
  validLeadArbitrary,
  validOctanistLeadArbitrary,
} from './testing/recordMutations.ts'

function parseWithIssues<T>(
  parse: (raw: unknown, options?: ParseRecordOptions) => T | null,
  raw: unknown,
): { record: T | null; issues: RecordIssue[] } {
  const issues: RecordIssue[] = []
  const record = parse(raw, { onIssue: (issue) => issues.push(issue) })
  return { record, issues }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) {
      deepFreeze(child)
    }
  }
  return value
}

describe('parseCall: odd values cost only themselves', () => {
  it('drops odd action items, nulls odd fields, keeps the rest', () => {
    const { record, issues } = parseWithIssues(parseCall, {
      id: 'c1',
      action_items: [{ title: 'Send quote' }, null, 3, { title: 5, owner: 'user_1' }],
      metadata: 'string',
      duration_minutes: '45',
      transcript_data: { segments: [null, { text: 'hi', start_seconds: 'zero' }] },
      form_data: [{ label: 'Budget', value: { nested: [1, 2] } }, 'x'],
      brand_new: { deep: true },
    })
    expect(record).toEqual({
      id: 'c1',
      action_items: [{ title: 'Send quote' }, { title: null, owner: 'user_1' }],
      metadata: 'string',
      duration_minutes: null,
      transcript_data: { segments: [{ text: 'hi', start_seconds: null }] },
      form_data: [{ label: 'Budget', value: { nested: [1, 2] } }],
      brand_new: { deep: true },
      status: undefined,
    })
    expect(issues.map(({ path, action }) => [path, action]).sort()).toEqual(
      [
        ['action_items[1]', 'item-dropped'],
        ['action_items[2]', 'item-dropped'],
        ['action_items[3].title', 'value-dropped'],
        ['duration_minutes', 'value-dropped'],
        ['form_data[1]', 'item-dropped'],
        ['transcript_data.segments[0]', 'item-dropped'],
        ['transcript_data.segments[1].start_seconds', 'value-dropped'],
      ].sort(),
    )
    expect(issues.find((issue) => issue.path === 'duration_minutes')).toEqual({
      path: 'duration_minutes',
      expected: 'number',
      received: '"45"',
      action: 'value-dropped',
    })
  })

  it('still copies outcome into a status that had to be nulled', () => {
    expect(parseCall({ id: 'c1', status: 5, outcome: 'closed' })?.status).toBe('closed')
  })

  it('drops a whole odd array field to null', () => {
    expect(parseCall({ id: 'c1', action_items: 'none' })?.action_items).toBeNull()
  })
})

describe('parseLead / parseOctanistLead', () => {
  it('nulls a metadata string and drops null notes', () => {
    const lead = parseLead({ id: 'l1', metadata: 'string', notes: [null, { content: 'ok' }] })
    expect(lead).toEqual({ id: 'l1', metadata: null, notes: [{ content: 'ok' }] })
  })

  it('nulls an Octanist value that is not a number', () => {
    expect(parseOctanistLead({ id: 'lead_1', value: '2500', ad_storage: 'yes' })).toEqual({
      id: 'lead_1',
      value: null,
      ad_storage: null,
    })
  })

  it('keeps a huge string and an unknown key nested thousands of levels deep', () => {
    let deep: unknown = 'leaf'
    for (let level = 0; level < 5000; level++) {
      deep = { deeper: deep }
    }
    const huge = 'y'.repeat(1_000_000)
    const lead = parseLead({ id: 'l1', full_name: huge, custom_thing: deep })
    expect(lead?.full_name).toBe(huge)
    expect(lead?.custom_thing).toBe(deep)
  })

  it.each([
    ['a missing id', { email: 'a@example.com' }, 'id', 'undefined'],
    ['an empty id', { id: '' }, 'id', '""'],
    ['a numeric id', { id: 7 }, 'id', '7'],
    ['null', null, '', 'null'],
    ['an array', [{ id: 'l1' }], '', 'Array'],
    ['a string', 'l1', '', '"l1"'],
  ])('returns null for %s and reports the record as dropped', (_name, raw, path, received) => {
    const { record, issues } = parseWithIssues(parseLead, raw)
    expect(record).toBeNull()
    expect(issues).toEqual([expect.objectContaining({ path, received, action: 'record-dropped' })])
  })

  it('works without options', () => {
    expect(parseLead({ id: 'l1', email: 4 })).toEqual({ id: 'l1', email: null })
  })
})

const UNSAFE_KEYS = new Set(['__proto__', 'prototype', 'constructor'])

interface RecordKind {
  name: string
  parse: (raw: unknown, options?: ParseRecordOptions) => (JsonObject & { id: string }) | null
  schema: v.GenericSchema
  entries: Record<string, v.GenericSchema>
  valid: fc.Arbitrary<JsonObject>
}

const recordKinds: RecordKind[] = [
  {
    name: 'lead',
    parse: parseLead,
    schema: leadSchema,
    entries: leadSchema.entries,
    valid: validLeadArbitrary,
  },
  {
    name: 'call',
    parse: parseCall,
    schema: callSchema,
    entries: callSchema.pipe[0].entries,
    valid: validCallArbitrary,
  },
  {
    name: 'octanist lead',
    parse: parseOctanistLead,
    schema: octanistLeadSchema,
    entries: octanistLeadSchema.entries,
    valid: validOctanistLeadArbitrary,
  },
]

describe.each(recordKinds)('$name: any mutation of a valid record', (kind) => {
  const mutated = mutatedRecordArbitrary(kind.valid)

  it('parses without throwing, keeps the id and gives every field its documented type', () => {
    fc.assert(
      fc.property(mutated, ({ valid, mutated: raw }) => {
        const { record, issues } = parseWithIssues(kind.parse, deepFreeze(raw))
        expect(record?.id).toBe(valid.id)
        expect(v.is(kind.schema, record)).toBe(true)
        expect(issues.every((issue) => issue.action !== 'record-dropped')).toBe(true)
        expect(issues.length > 0).toBe(!v.is(kind.schema, raw))
      }),
    )
  })

  it('keeps every value that was already valid, and unknown keys as they are', () => {
    fc.assert(
      fc.property(mutated, ({ mutated: raw }) => {
        const record = kind.parse(raw)
        for (const [key, value] of Object.entries(raw)) {
          if (UNSAFE_KEYS.has(key)) {
            // valibot leaves these out of every object it outputs (prototype pollution).
            expect(Object.hasOwn(record ?? {}, key)).toBe(false)
            continue
          }
          const entry = Object.hasOwn(kind.entries, key) ? kind.entries[key] : undefined
          if (entry === undefined) {
            expect(record?.[key]).toBe(value)
          } else if (key !== 'status' && v.is(entry, value)) {
            expect(record?.[key]).toEqual(v.parse(entry, value))
          }
        }
      }),
    )
  })

  it('reports each path once', () => {
    fc.assert(
      fc.property(mutated, ({ mutated: raw }) => {
        const { issues } = parseWithIssues(kind.parse, raw)
        expect(new Set(issues.map((issue) => issue.path)).size).toBe(issues.length)
        expect(issues.every((issue) => issue.received.length <= 81)).toBe(true)
      }),
    )
  })

  it('drops the record, and says so once, when the id itself is odd', () => {
    const oddId = oddValueArbitrary.filter((value) => typeof value !== 'string' || value === '')
    fc.assert(
      fc.property(kind.valid, oddId, (valid, id) => {
        const { record, issues } = parseWithIssues(kind.parse, { ...valid, id })
        expect(record).toBeNull()
        expect(issues).toEqual([expect.objectContaining({ path: 'id', action: 'record-dropped' })])
      }),
    )
  })
})

describe('anything at all', () => {
  it.each(recordKinds)('$name: parse never throws and returns a record only with an id', (kind) => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const record = kind.parse(raw)
        if (record !== null) {
          expect(typeof record.id === 'string' && record.id !== '').toBe(true)
          expect(v.is(kind.schema, record)).toBe(true)
        }
      }),
    )
  })
})
