import { type MockServer, startMockServer } from '@aura-kit/mock-api/node'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import {
  createAuraClient,
  createOctanistClient,
  type DataIssue,
  isAuraKitError,
} from '../src/index.ts'
import { collect } from './support/collect.ts'

// Awkward but legal JSON (null items, wrong nested types, odd timestamps, deep unknown keys):
// every record must survive, and what was repaired is reported, not thrown.
let server: MockServer

beforeAll(async () => {
  server = await startMockServer({
    counts: { leads: 200, calls: 150, octanistLeads: 200 },
    rateLimit: false,
    dataMode: 'awkward',
  })
})

afterAll(async () => {
  await server.close()
})

function clients() {
  const issues: DataIssue[] = []
  const onDataIssue = (issue: DataIssue) => issues.push(issue)
  vi.spyOn(console, 'warn').mockImplementation(() => {})
  const aura = createAuraClient({ baseUrl: server.url, apiKey: 'k', onDataIssue })
  const octanist = createOctanistClient({ baseUrl: `${server.url}/api`, apiKey: 'k', onDataIssue })
  return { aura, octanist, issues }
}

describe('awkward data from the mock', () => {
  test('Aura leads: every lead is kept, the odd values are reported', async () => {
    const { aura, issues } = clients()
    const leads = await collect(aura.leads.all({ limit: 100 }))
    expect(leads.map((lead) => lead.id)).toEqual(server.api.db.leads.map((lead) => lead.id))
    expect(issues.length).toBeGreaterThan(0)
    expect(issues.every((issue) => issue.action !== 'record-dropped')).toBe(true)
    expect(issues.every((issue) => /^data\[\d+\]\./.test(issue.path))).toBe(true)
    for (const lead of leads) {
      expect(lead.notes ?? []).not.toContain(null)
      expect(lead.metadata === undefined || typeof lead.metadata === 'object').toBe(true)
      expect(lead.total_paid_cents ?? 0).toBeTypeOf('number')
    }
  })

  test('Aura calls: every call is kept with clean nested arrays', async () => {
    const { aura } = clients()
    const calls = await collect(aura.calls.all({ limit: 100 }))
    expect(calls.map((call) => call.id)).toEqual(server.api.db.calls.map((call) => call.id))
    for (const call of calls) {
      for (const items of [call.action_items, call.form_data, call.transcript_data?.segments]) {
        expect((items ?? []).every((item) => typeof item === 'object' && item !== null)).toBe(true)
      }
    }
  })

  test('Aura get-one repairs instead of failing', async () => {
    const { aura } = clients()
    const id = server.api.db.calls[3]?.id ?? ''
    const result = await aura.calls.get(id).catch((error: unknown) => error)
    expect(isAuraKitError(result)).toBe(false)
    expect(result).toMatchObject({ data: { id } })
  })

  test('Octanist leads: every lead is kept', async () => {
    const { octanist } = clients()
    const leads = await collect(octanist.leads.all({ limit: 100 }))
    expect(new Set(leads.map((lead) => lead.id))).toEqual(
      new Set(server.api.db.octanistLeads.map((lead) => lead.id)),
    )
  })
})
