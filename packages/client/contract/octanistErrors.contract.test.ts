import { REFERENCE_DATE, REFERENCE_TIME } from '@aura-kit/mock-api'
import { type MockServer, startMockServer } from '@aura-kit/mock-api/node'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  AuraApiError,
  AuraValidationError,
  createOctanistClient,
  type OctanistClient,
  type OctanistLeadQuery,
} from '../src/index.ts'
import { captureError } from './support/captureError.ts'
import { recordingFetch, type SentRequest } from './support/recordingFetch.ts'

const KEY = 'octanist_good'

let server: MockServer

beforeAll(async () => {
  server = await startMockServer({
    counts: { leads: 10, calls: 10, octanistLeads: 300 },
    keys: { octanist: [KEY] },
    now: () => REFERENCE_TIME,
  })
})

afterAll(async () => {
  await server.close()
})

/** A client whose requests are recorded; `rewrite` edits each URL like a raw-param proxy. */
function recordedClient(
  options: { apiKey?: string } = { apiKey: KEY },
  rewrite?: (url: URL) => void,
): { octanist: OctanistClient; sent: SentRequest[] } {
  const recorder = recordingFetch(rewrite)
  const octanist = createOctanistClient({
    baseUrl: `${server.url}/api`,
    fetch: recorder.fetch,
    ...options,
  })
  return { octanist, sent: recorder.sent }
}

async function apiError(promise: Promise<unknown>): Promise<AuraApiError> {
  const error = await captureError(promise)
  expect(error).toBeInstanceOf(AuraApiError)
  return error as AuraApiError
}

describe('401 UNAUTHORIZED', () => {
  test.each([
    { name: 'no key', options: {} },
    { name: 'an unknown key', options: { apiKey: 'octanist_bad' } },
  ])('$name: Octanist envelope mapped, with meta.requestId', async ({ options }) => {
    const { octanist, sent } = recordedClient(options)
    const error = await apiError(octanist.leads.list())
    expect(error).toMatchObject({
      api: 'octanist',
      status: 401,
      code: 'UNAUTHORIZED',
      message: 'Invalid or missing API key',
      details: {},
    })
    expect(error.requestId).toMatch(/^req_/)
    // Octanist sends no rate-limit headers.
    expect(error.rateLimit).toBeNull()
    expect(sent).toHaveLength(1)
  })
})

describe('errors reachable through the client', () => {
  // The client checks that a date parses; the server also checks that the day exists.
  test.each([
    {
      name: 'createdAt[gte] on 30 February',
      query: { createdAt: { gte: '2026-02-30' } },
      field: 'createdAt',
    },
    { name: 'qualifiedAt on 31 April', query: { qualifiedAt: '2026-04-31' }, field: 'qualifiedAt' },
  ])('$name → INVALID_DATE', async ({ query, field }) => {
    const { octanist } = recordedClient()
    const error = await apiError(octanist.leads.list(query))
    expect(error).toMatchObject({ status: 400, code: 'INVALID_DATE', details: { field } })
  })

  test('a page number beyond the safe integer range → VALIDATION_ERROR', async () => {
    const { octanist } = recordedClient()
    const error = await apiError(octanist.leads.list({ page: 2 ** 53 }))
    expect(error).toMatchObject({
      status: 400,
      code: 'VALIDATION_ERROR',
      details: { page: '9007199254740992' },
    })
  })
})

describe('client-side validation sends nothing', () => {
  test.each<{ name: string; query: OctanistLeadQuery; field: string }>([
    { name: 'limit 0', query: { limit: 0 }, field: 'limit' },
    { name: 'limit 101', query: { limit: 101 }, field: 'limit' },
    { name: 'page 0', query: { page: 0 }, field: 'page' },
    { name: 'an invalid date', query: { createdAt: { gte: 'yesterday' } }, field: 'createdAt.gte' },
    {
      name: 'a sort without direction',
      query: { sort: 'createdAt' as 'createdAt:asc' },
      field: 'sort[0]',
    },
  ])('$name', async ({ query, field }) => {
    const { octanist, sent } = recordedClient()
    const error = await captureError(octanist.leads.list(query))
    expect(error).toBeInstanceOf(AuraValidationError)
    expect((error as AuraValidationError).issues.map((issue) => issue.field)).toEqual([field])
    expect(sent).toHaveLength(0)
  })
})

describe('400 from the server, through a raw-param proxy', () => {
  test.each([
    { param: 'colour', value: 'red', code: 'INVALID_FILTER' },
    { param: 'value[exists]', value: 'true', code: 'INVALID_FILTER' },
    { param: 'status[gte]', value: 'won', code: 'INVALID_FILTER' },
    { param: 'createdAt[between]', value: '2026-01-01', code: 'INVALID_FILTER' },
    { param: 'sort', value: 'colour:asc', code: 'INVALID_FILTER' },
    { param: 'createdAt[gte]', value: 'yesterday', code: 'INVALID_DATE' },
    { param: 'updatedAt', value: '2026-13-01', code: 'INVALID_DATE' },
    { param: 'updated_after', value: 'soon', code: 'INVALID_DATE' },
    { param: 'limit', value: '0', code: 'VALIDATION_ERROR' },
    { param: 'limit', value: '101', code: 'VALIDATION_ERROR' },
    { param: 'page', value: '0', code: 'VALIDATION_ERROR' },
    { param: 'status', value: 'archived', code: 'VALIDATION_ERROR' },
    { param: 'source', value: 'fax', code: 'VALIDATION_ERROR' },
    { param: 'fields', value: 'password', code: 'VALIDATION_ERROR' },
    { param: 'value', value: 'lots', code: 'VALIDATION_ERROR' },
    { param: 'gclid[exists]', value: 'maybe', code: 'VALIDATION_ERROR' },
    { param: 'sort', value: 'createdAt:sideways', code: 'VALIDATION_ERROR' },
  ])('$param=$value → $code', async ({ param, value, code }) => {
    const { octanist, sent } = recordedClient({ apiKey: KEY }, (url) =>
      url.searchParams.set(param, value),
    )
    const error = await apiError(octanist.leads.list())
    expect(error).toMatchObject({ api: 'octanist', status: 400, code })
    expect(error.message).not.toBe('')
    expect(error.details).toEqual(expect.any(Object))
    expect(error.requestId).toMatch(/^req_/)
    expect(sent).toHaveLength(1)
  })
})

describe('server faults in the Octanist envelope', () => {
  test('a 500 keeps the envelope code and message', async () => {
    const octanist = createOctanistClient({
      baseUrl: `${server.url}/api`,
      apiKey: KEY,
      headers: { 'x-mock-status': '500' },
      retry: false,
    })
    const error = await apiError(octanist.leads.list())
    expect(error).toMatchObject({
      api: 'octanist',
      status: 500,
      code: 'INTERNAL_ERROR',
      message: 'Injected fault: HTTP 500',
    })
  })

  test('an unknown route under /api is a 404 in the Octanist envelope', async () => {
    const response = await fetch(`${server.url}/api/nothing`, { headers: { 'x-api-key': KEY } })
    expect(response.status).toBe(404)
    expect(await response.json()).toMatchObject({
      success: false,
      error: { code: 'NOT_FOUND' },
      meta: { timestamp: REFERENCE_DATE },
    })
  })
})
