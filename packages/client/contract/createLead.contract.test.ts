import { REFERENCE_TIME } from '@aura-kit/mock-api'
import { type MockServer, startMockServer } from '@aura-kit/mock-api/node'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import {
  AuraValidationError,
  type CreateLeadInput,
  createAuraClient,
  validateCreateLeadInput,
} from '../src/index.ts'
import { captureError } from './support/captureError.ts'
import { recordingFetch } from './support/recordingFetch.ts'

// Every seeded lead is older than REFERENCE_DATE, so a lead created "now" is the newest.
const NOW = REFERENCE_TIME + 3_600_000

let server: MockServer

beforeAll(async () => {
  server = await startMockServer({
    counts: { leads: 200, calls: 0, octanistLeads: 0 },
    now: () => NOW,
    rateLimit: false,
  })
})

beforeEach(() => {
  server.api.reset()
})

afterAll(async () => {
  await server.close()
})

function recordedClient() {
  const recorder = recordingFetch()
  const aura = createAuraClient({ baseUrl: server.url, apiKey: 'k', fetch: recorder.fetch })
  return { aura, sent: recorder.sent }
}

describe('create: validation before sending', () => {
  test.each<{ name: string; input: CreateLeadInput; fields: string[] }>([
    { name: 'a bad email', input: { email: 'not-an-email' }, fields: ['email'] },
    { name: 'an empty email', input: { email: '  ' }, fields: ['email'] },
    {
      name: 'a phone with spaces',
      input: { email: 'a@b.co', phone: '+1 415 555 2671' },
      fields: ['phone'],
    },
    {
      name: 'a phone without +',
      input: { email: 'a@b.co', phone: '14155552671' },
      fields: ['phone'],
    },
    {
      name: 'a phone starting +0',
      input: { email: 'a@b.co', phone: '+04155552671' },
      fields: ['phone'],
    },
    {
      name: 'an unknown time zone',
      input: { email: 'a@b.co', timezone: 'Mars/Olympus_Mons' },
      fields: ['timezone'],
    },
    {
      name: 'an offset, not a zone',
      input: { email: 'a@b.co', timezone: '+02:00' },
      fields: ['timezone'],
    },
    {
      name: 'everything at once',
      input: { email: 'x', phone: '555-1234', timezone: 'Nowhere/Land' },
      fields: ['email', 'phone', 'timezone'],
    },
  ])('$name', async ({ input, fields }) => {
    const { aura, sent } = recordedClient()
    const before = server.api.db.leads.length
    const error = await captureError(aura.leads.create(input))
    expect(error).toBeInstanceOf(AuraValidationError)
    expect((error as AuraValidationError).issues.map((issue) => issue.field)).toEqual(fields)
    expect(sent).toHaveLength(0)
    expect(server.api.db.leads).toHaveLength(before)
  })
})

describe('create: persisted on the server', () => {
  test('the created lead comes back from get and first in the list', async () => {
    const { aura, sent } = recordedClient()
    const input: CreateLeadInput = {
      email: 'ada@example.com',
      fullName: 'Ada Lovelace',
      phone: '+14155552671',
      company: 'Analytical Engines',
      timezone: 'Europe/London',
      metadata: {
        utmSource: 'google',
        utmCampaign: 'spring-2026',
        referrer: 'https://example.com/',
      },
    }
    const { data: created, requestId } = await aura.leads.create(input)

    expect(sent.map((request) => request.method)).toEqual(['POST'])
    expect(requestId).toMatch(/^req_/)
    expect(created).toMatchObject({
      email: 'ada@example.com',
      full_name: 'Ada Lovelace',
      phone: '+14155552671',
      company: 'Analytical Engines',
      timezone: 'Europe/London',
      status: 'new',
      created_at: new Date(NOW).toISOString(),
      metadata: input.metadata,
      source: {
        utm_source: 'google',
        utm_campaign: 'spring-2026',
        referrer: 'https://example.com/',
      },
    })
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/)

    expect((await aura.leads.get(created.id)).data).toEqual(created)
    const page = await aura.leads.list({ limit: 5 })
    expect(page.data[0]).toEqual(created)
    const newLeads = await aura.leads.list({ status: 'new', limit: 1 })
    expect(newLeads.data[0]?.id).toBe(created.id)
    expect(server.api.db.findLead(created.id)).toBeDefined()
  })

  test('only the email is required; the rest comes back null', async () => {
    const { aura } = recordedClient()
    const { data } = await aura.leads.create({ email: 'min@example.com' })
    expect(data).toMatchObject({
      email: 'min@example.com',
      full_name: null,
      phone: null,
      company: null,
      timezone: null,
      metadata: null,
      source: null,
      status: 'new',
    })
  })

  test('unknown metadata keys are accepted and kept', async () => {
    const { aura } = recordedClient()
    const { data } = await aura.leads.create({
      email: 'meta@example.com',
      metadata: { fbclid: 'abc', hsutk: 'tracker', nested: { depth: 2 } },
    })
    expect(data.metadata).toEqual({ fbclid: 'abc', hsutk: 'tracker', nested: { depth: 2 } })
  })

  // The docs ask for an IANA zone: one-part tz database names (Japan, EST5EDT, GB) and old
  // aliases (Asia/Calcutta) are IANA names too, and the client accepts them, so the server must.
  test.each([
    'UTC',
    'America/New_York',
    'America/Argentina/Buenos_Aires',
    'Etc/GMT+5',
    'Asia/Kolkata',
    'Japan',
    'EST5EDT',
    'GB',
    'Asia/Calcutta',
  ])('time zone %s passes both sides', async (timezone) => {
    expect(validateCreateLeadInput({ email: 'tz@example.com', timezone })).toEqual([])
    const { aura } = recordedClient()
    const { data } = await aura.leads.create({ email: 'tz@example.com', timezone })
    expect(data.timezone).toBe(timezone)
  })
})
