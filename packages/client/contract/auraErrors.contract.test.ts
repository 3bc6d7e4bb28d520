import { REFERENCE_TIME } from '@aura-kit/mock-api'
import { type MockServer, startMockServer } from '@aura-kit/mock-api/node'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  AuraApiError,
  type AuraClient,
  AuraValidationError,
  createAuraClient,
} from '../src/index.ts'
import { captureError } from './support/captureError.ts'
import { collect } from './support/collect.ts'
import { recordingFetch } from './support/recordingFetch.ts'

const KEY = 'aura_pk_live_good'
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000'

let server: MockServer

beforeAll(async () => {
  server = await startMockServer({
    counts: { leads: 200, calls: 100, octanistLeads: 0 },
    keys: { aura: [KEY] },
    now: () => REFERENCE_TIME,
    rateLimit: false,
  })
})

afterAll(async () => {
  await server.close()
})

/** A client whose requests are recorded; `rewrite` edits each URL like a raw-param proxy. */
function recordedClient(
  options: { apiKey?: string; getToken?: () => string | null } = { apiKey: KEY },
  rewrite?: (url: URL) => void,
): { aura: AuraClient; sent: ReturnType<typeof recordingFetch>['sent'] } {
  const recorder = recordingFetch(rewrite)
  const aura = createAuraClient({ baseUrl: server.url, fetch: recorder.fetch, ...options })
  return { aura, sent: recorder.sent }
}

async function apiError(promise: Promise<unknown>): Promise<AuraApiError> {
  const error = await captureError(promise)
  expect(error).toBeInstanceOf(AuraApiError)
  return error as AuraApiError
}

describe('401 UNAUTHORIZED', () => {
  test.each([
    { name: 'no key at all', options: {}, message: 'Missing API key' },
    {
      name: 'a token getter that has no token',
      options: { getToken: () => null },
      message: 'Missing API key',
    },
    {
      name: 'a key the server does not know',
      options: { apiKey: 'aura_pk_live_bad' },
      message: 'Invalid API key',
    },
  ])('$name', async ({ options, message }) => {
    const { aura, sent } = recordedClient(options)
    const error = await apiError(aura.leads.list())
    expect(error).toMatchObject({ api: 'aura', status: 401, code: 'UNAUTHORIZED', message })
    expect(error.requestId).toMatch(/^req_/)
    // Auth failures are not retried.
    expect(sent).toHaveLength(1)
  })

  test('a token getter with a valid token gets through', async () => {
    const { aura } = recordedClient({ getToken: () => KEY })
    const page = await aura.calls.list({ limit: 2 })
    expect(page.data).toHaveLength(2)
  })

  test('create without a key stores nothing', async () => {
    const before = server.api.db.leads.length
    const { aura } = recordedClient({})
    const error = await apiError(aura.leads.create({ email: 'anonymous@example.com' }))
    expect(error.status).toBe(401)
    expect(server.api.db.leads).toHaveLength(before)
  })
})

describe('404 NOT_FOUND', () => {
  test('an unknown lead id', async () => {
    const { aura, sent } = recordedClient()
    const error = await apiError(aura.leads.get(UNKNOWN_ID))
    expect(error).toMatchObject({ status: 404, code: 'NOT_FOUND', message: 'Lead not found' })
    expect(sent).toHaveLength(1)
  })

  test('an unknown call id', async () => {
    const { aura } = recordedClient()
    const error = await apiError(aura.calls.get(UNKNOWN_ID))
    expect(error).toMatchObject({ status: 404, code: 'NOT_FOUND', message: 'Call not found' })
  })

  test('an id is path-encoded, so slashes cannot reach another route', async () => {
    const { aura, sent } = recordedClient()
    const error = await apiError(aura.leads.get('../calls'))
    expect(sent[0]?.url.pathname).toBe('/v1/leads/..%2Fcalls')
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION_ERROR' })
  })
})

describe('400, caught by the client before any request', () => {
  test.each([
    {
      name: 'leads limit 0',
      call: (aura: AuraClient) => aura.leads.list({ limit: 0 }),
      field: 'limit',
    },
    {
      name: 'leads limit 101',
      call: (aura: AuraClient) => aura.leads.list({ limit: 101 }),
      field: 'limit',
    },
    {
      name: 'calls limit 101',
      call: (aura: AuraClient) => aura.calls.list({ limit: 101 }),
      field: 'limit',
    },
    {
      name: 'assignedToId not a Clerk id',
      call: (aura: AuraClient) => aura.leads.list({ assignedToId: 'bob' }),
      field: 'assignedToId',
    },
    {
      name: 'leadId not a UUID',
      call: (aura: AuraClient) => aura.calls.list({ leadId: '42' }),
      field: 'leadId',
    },
    { name: 'an empty id', call: (aura: AuraClient) => aura.leads.get(''), field: 'id' },
    {
      name: 'pages() with limit 0',
      call: (aura: AuraClient) => collect(aura.calls.pages({ limit: 0 })),
      field: 'limit',
    },
  ])('$name', async ({ call, field }) => {
    const { aura, sent } = recordedClient()
    const error = await captureError(call(aura))
    expect(error).toBeInstanceOf(AuraValidationError)
    expect((error as AuraValidationError).issues).toEqual([{ field, message: expect.any(String) }])
    expect(sent).toHaveLength(0)
  })
})

describe('400 from the server', () => {
  // The client refuses these params, so a rewriting fetch stands in for a raw proxy.
  test.each([
    { name: 'leads limit=0', path: 'leads', param: ['limit', '0'] },
    { name: 'leads limit=101', path: 'leads', param: ['limit', '101'] },
    { name: 'calls limit=abc', path: 'calls', param: ['limit', 'abc'] },
    { name: 'assigned_to_id=bob', path: 'leads', param: ['assigned_to_id', 'bob'] },
    { name: 'closer_id=bob', path: 'calls', param: ['closer_id', 'bob'] },
    { name: 'booking_link_id=42', path: 'calls', param: ['booking_link_id', '42'] },
    { name: 'is_upcoming=maybe', path: 'calls', param: ['is_upcoming', 'maybe'] },
  ] as const)('$name → VALIDATION_ERROR', async ({ path, param: [name, value] }) => {
    const { aura, sent } = recordedClient({ apiKey: KEY }, (url) =>
      url.searchParams.set(name, value),
    )
    const resource = path === 'leads' ? aura.leads : aura.calls
    const error = await apiError(resource.list())
    expect(error).toMatchObject({ api: 'aura', status: 400, code: 'VALIDATION_ERROR' })
    expect(error.message).toContain(name)
    expect(sent).toHaveLength(1)
  })

  test('a lead id that is not a UUID (the client only checks it is non-empty)', async () => {
    const { aura } = recordedClient()
    const error = await apiError(aura.leads.get('not-a-uuid'))
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION_ERROR' })
  })

  test.each([
    { name: 'not base64url', cursor: 'garbage!' },
    { name: 'base64url of something that is not JSON', cursor: 'bm90IGpzb24' },
    { name: 'base64url noise', cursor: 'truncated' },
  ])('a garbage cursor ($name) → INVALID_CURSOR', async ({ cursor }) => {
    const { aura } = recordedClient()
    const error = await apiError(aura.leads.list({ cursor }))
    expect(error).toMatchObject({ status: 400, code: 'INVALID_CURSOR' })
  })

  test('a cursor from the other resource → INVALID_CURSOR', async () => {
    const { aura } = recordedClient()
    const callsPage = await aura.calls.list({ limit: 1 })
    expect(callsPage.nextCursor).not.toBeNull()
    const error = await apiError(aura.leads.list({ cursor: callsPage.nextCursor }))
    expect(error).toMatchObject({ status: 400, code: 'INVALID_CURSOR' })
    const leadsPage = await aura.leads.list({ limit: 1 })
    const pagesError = await captureError(
      collect(aura.calls.pages({ cursor: leadsPage.nextCursor })),
    )
    expect(pagesError).toMatchObject({ status: 400, code: 'INVALID_CURSOR' })
  })

  test('a real cursor cut short → INVALID_CURSOR', async () => {
    const { aura } = recordedClient()
    const { nextCursor } = await aura.leads.list({ limit: 5 })
    const cursor = nextCursor ?? ''
    const error = await apiError(aura.leads.list({ cursor: cursor.slice(0, cursor.length - 7) }))
    expect(error).toMatchObject({ status: 400, code: 'INVALID_CURSOR' })
  })
})
