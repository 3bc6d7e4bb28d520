import { toInstant } from './dates.ts'

/** What the lead figures read from one lead: small enough to keep thousands of them. */
export interface LeadFacts {
  /** The status string, or null when missing or not a string. */
  status: string | null
  /** Aura `source.utm_source` or Octanist `source`; null when missing. */
  source: string | null
  /** `created_at` (Aura) or `createdAt` (Octanist) in ms, or null when it is not a date. */
  createdAt: number | null
}

/** What the call figures read from one call. */
export interface CallFacts {
  status: string | null
  /** When the call is (or was) due: `scheduled_at`, else `created_at`; ms or null. */
  at: number | null
  /** Minutes, when a finite number of at least 0. */
  durationMinutes: number | null
  /** Cents, when a finite number of at least 0. */
  expectedDealValue: number | null
}

const field = (record: unknown, name: string): unknown =>
  typeof record === 'object' && record !== null
    ? (record as Record<string, unknown>)[name]
    : undefined

/** A non-blank string as it is (a filter must match it exactly); null for anything else. */
const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null

function amount(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null
}

/**
 * The facts of an Aura lead (`api: 'aura'`, source from `source.utm_source`, which is what the
 * list's `source` filter matches) or an Octanist lead (`source`, `createdAt`). Never throws: a
 * missing or odd field becomes null.
 */
export function leadFacts(lead: unknown, api: 'aura' | 'octanist' = 'aura'): LeadFacts {
  if (api === 'octanist') {
    return {
      status: text(field(lead, 'status')),
      source: text(field(lead, 'source')),
      createdAt: toInstant(field(lead, 'createdAt')),
    }
  }
  return {
    status: text(field(lead, 'status')),
    source: text(field(field(lead, 'source'), 'utm_source')),
    createdAt: toInstant(field(lead, 'created_at')),
  }
}

/** The facts of an Aura call. Never throws. */
export function callFacts(call: unknown): CallFacts {
  const status = text(field(call, 'status')) ?? text(field(call, 'outcome'))
  return {
    status,
    at: toInstant(field(call, 'scheduled_at')) ?? toInstant(field(call, 'created_at')),
    durationMinutes: amount(field(call, 'duration_minutes')),
    expectedDealValue: amount(field(call, 'expected_deal_value')),
  }
}
