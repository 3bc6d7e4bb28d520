import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { callSchema } from './call.ts'
import { auraListEnvelope } from './envelopes.ts'
import { leadSchema } from './lead.ts'
import { octanistLeadSchema } from './octanist-lead.ts'

describe('callSchema', () => {
  it.each([
    [{ id: 'c1', outcome: 'closed' }, 'closed'],
    [{ id: 'c1', status: 'no_show', outcome: 'closed' }, 'no_show'],
    [{ id: 'c1', status: null, outcome: 'closed' }, 'closed'],
    [{ id: 'c1', status: 'brand_new_status' }, 'brand_new_status'],
  ])('normalises status from outcome: %j → %s', (input, status) => {
    expect(v.parse(callSchema, input).status).toBe(status)
  })

  it('leaves status missing when neither is sent', () => {
    expect(v.parse(callSchema, { id: 'c1' }).status).toBeUndefined()
  })
})

describe('lenient schemas', () => {
  it.each([
    ['lead', leadSchema],
    ['call', callSchema],
    ['octanist lead', octanistLeadSchema],
  ])('%s: only id is required', (_name, schema) => {
    expect(v.safeParse(schema, { id: 'x' }).success).toBe(true)
    expect(v.safeParse(schema, {}).success).toBe(false)
    expect(v.safeParse(schema, { id: 7 }).success).toBe(false)
  })

  it('accepts null for every documented lead field and keeps unknown keys', () => {
    const nulls = Object.fromEntries(Object.keys(leadSchema.entries).map((key) => [key, null]))
    const lead = v.parse(leadSchema, { ...nulls, id: 'l1', brand_new_field: { a: 1 } })
    expect(lead.email).toBeNull()
    expect(lead.brand_new_field).toEqual({ a: 1 })
  })

  it('accepts nested objects with every field missing', () => {
    const call = {
      id: 'c1',
      form_data: [{}],
      action_items: [{}],
      transcript_data: { segments: [{}] },
    }
    expect(v.safeParse(callSchema, call).success).toBe(true)
    const lead = { id: 'l1', disqualification_data: { triggering_field: {} }, notes: [{}] }
    expect(v.safeParse(leadSchema, lead).success).toBe(true)
  })

  it('rejects a documented field of the wrong type', () => {
    expect(v.safeParse(leadSchema, { id: 'l1', total_paid_cents: '12' }).success).toBe(false)
    expect(v.safeParse(callSchema, { id: 'c1', has_recording: 'yes' }).success).toBe(false)
    expect(v.safeParse(octanistLeadSchema, { id: 'o1', ad_storage: 'granted' }).success).toBe(false)
  })

  it('names the failing item in issue paths', () => {
    const result = v.safeParse(auraListEnvelope(leadSchema), {
      data: [{ id: 'a' }, { id: 'b', notes: [{ content: 5 }] }],
      pagination: { has_more: false, next_cursor: null },
    })
    expect(result.success).toBe(false)
    expect(result.issues?.[0] && v.getDotPath(result.issues[0])).toBe('data.1.notes.0.content')
  })
})
