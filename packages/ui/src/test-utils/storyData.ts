import type { Call, Lead } from '@aura-kit/client'
import { createMockApi, HOSTILE_LEAD_IDS, REFERENCE_TIME } from '@aura-kit/mock-api'

const hostileIds: readonly string[] = Object.values(HOSTILE_LEAD_IDS)

/** A small seeded dataset; its first page holds the mock's hostile leads. */
function smallDb() {
  return createMockApi({ counts: { leads: 60, calls: 60, octanistLeads: 20 }, rateLimit: false }).db
}

function pick<T>(items: readonly T[], index: number): T {
  const item = items[index % items.length]
  if (item === undefined) {
    throw new Error('storyData: the seeded dataset is empty')
  }
  return item
}

/** The mock's deliberately hostile leads (script names, javascript: URLs, a 100 kB note, RTL, nulls). */
export function hostileLeads(): Lead[] {
  return smallDb().leads.filter((lead) => hostileIds.includes(lead.id))
}

/**
 * `count` leads made by cycling a few seeded ones under new ids, names and dates: cheap enough
 * for 100,000 rows.
 */
export function generateLeads(count: number): Lead[] {
  const base = smallDb().leads.filter((lead) => !hostileIds.includes(lead.id))
  return Array.from({ length: count }, (_, index) => {
    const template = pick(base, index)
    return {
      ...template,
      id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      full_name: `Lead ${index + 1}`,
      created_at: new Date(REFERENCE_TIME - index * 60_000).toISOString(),
    }
  })
}

/** `count` calls made the same way as `generateLeads`. */
export function generateCalls(count: number): Call[] {
  const base = smallDb().calls
  return Array.from({ length: count }, (_, index) => {
    const template = pick(base, index)
    return {
      ...template,
      id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      status: template.status,
      scheduled_at: new Date(REFERENCE_TIME - index * 60_000).toISOString(),
    }
  })
}

/** Calls whose fields carry markup, script URLs, right-to-left overrides, odd numbers and nulls. */
export function hostileCalls(): Call[] {
  const [first, second, third, fourth] = smallDb().calls
  const base = [first, second, third, fourth].filter((call) => call !== undefined)
  const overrides: Partial<Call>[] = [
    { lead_id: '<script>alert(1)</script>', closer_id: '<img src=x onerror=alert(1)>' },
    { closer_id: 'javascript:alert(1)', status: 'javascript:alert(1)' },
    { lead_id: '\u202Egnp.exe', scheduled_at: 'not a date', duration_minutes: -1 },
    {
      scheduled_at: null,
      status: null,
      lead_id: null,
      closer_id: null,
      duration_minutes: null,
      expected_deal_value: Number.NaN,
    },
  ]
  return base.map((call, index) => ({
    ...call,
    ...overrides[index],
    id: `bad0ca11-0000-4000-8000-00000000000${index + 1}`,
    status:
      overrides[index] && 'status' in overrides[index] ? overrides[index].status : call.status,
  }))
}
