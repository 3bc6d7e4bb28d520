import type { Call } from '../call.ts'
import type { Lead } from '../lead.ts'
import type { OctanistLead } from '../octanist-lead.ts'

let sequence = 0

function uuid(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
}

export function makeLead(overrides: Partial<Lead> = {}): Lead {
  sequence++
  return {
    id: uuid(sequence),
    email: `lead${sequence}@example.com`,
    full_name: `Lead ${sequence}`,
    status: 'new',
    total_paid_cents: 0,
    ...overrides,
  }
}

export function makeCall(overrides: Partial<Call> = {}): Call {
  sequence++
  return {
    id: uuid(sequence),
    lead_id: uuid(1),
    status: 'scheduled',
    closer_id: 'user_closer1',
    ...overrides,
  }
}

export function makeOctanistLead(overrides: Partial<OctanistLead> = {}): OctanistLead {
  sequence++
  return { id: `lead_${sequence}`, name: `Lead ${sequence}`, status: 'open', ...overrides }
}

export function auraPage(data: unknown[], hasMore = false, nextCursor: string | null = null) {
  return { success: true, data, pagination: { has_more: hasMore, next_cursor: nextCursor } }
}

export function octanistPage(
  data: unknown[],
  pagination: { page: number; totalPages: number; hasMore: boolean; total?: number },
) {
  return {
    success: true,
    data,
    meta: {
      pagination: { limit: 50, total: pagination.total ?? data.length, ...pagination },
      requestId: `req_page_${pagination.page}`,
      timestamp: '2026-03-02T10:00:00.000Z',
    },
  }
}
