import type * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { auraListEnvelope } from './envelopes.ts'
import { AuraResponseError } from './errors.ts'
import { leadSchema } from './lead.ts'
import { formatIssuePath, parseResponse } from './parseResponse.ts'

const context = { label: 'GET /v1/leads', status: 200, requestId: 'req_1' }
const envelope = auraListEnvelope(leadSchema)

function failure(body: unknown): AuraResponseError {
  try {
    parseResponse(envelope, body, context)
  } catch (error) {
    if (error instanceof AuraResponseError) {
      return error
    }
    throw error
  }
  throw new Error('expected parseResponse to throw')
}

describe('parseResponse', () => {
  it('returns the parsed body', () => {
    const body = { data: [{ id: 'a' }], pagination: { has_more: false, next_cursor: null } }
    expect(parseResponse(envelope, body, context).data).toEqual([{ id: 'a' }])
  })

  it.each([
    [
      'a wrong field type',
      {
        data: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd', total_paid_cents: '9' }],
        pagination: { has_more: false },
      },
      'data[3].total_paid_cents',
    ],
    [
      'an item without an id',
      { data: [{ email: 'x' }], pagination: { has_more: false } },
      'data[0].id',
    ],
    ['data not an array', { data: { id: 'a' }, pagination: { has_more: false } }, 'data'],
    ['no pagination', { data: [] }, 'pagination'],
    [
      'has_more not a boolean',
      { data: [], pagination: { has_more: 'yes' } },
      'pagination.has_more',
    ],
    [
      'a nested field',
      { data: [{ id: 'a', metadata: { latitude: 'north' } }], pagination: { has_more: false } },
      'data[0].metadata.latitude',
    ],
    ['a body that is not an object', 'just text', ''],
  ])('%s → path %s', (_name, body, path) => {
    const error = failure(body)
    expect(error.path).toBe(path)
    expect(error.message).toContain(path === '' ? '(root)' : path)
    expect(error.message).toContain('GET /v1/leads')
    expect(error.status).toBe(200)
    expect(error.requestId).toBe('req_1')
  })
})

describe('formatIssuePath', () => {
  it('writes brackets for indexes and odd keys', () => {
    const path = [
      { type: 'object', origin: 'value', input: {}, key: 'data', value: [] },
      { type: 'array', origin: 'value', input: [], key: 2, value: {} },
      { type: 'object', origin: 'value', input: {}, key: 'odd key', value: 1 },
    ] satisfies v.IssuePathItem[]
    expect(formatIssuePath(path)).toBe('data[2]["odd key"]')
    expect(formatIssuePath(undefined)).toBe('')
  })
})
