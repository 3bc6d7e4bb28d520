import { BOOKING_LINKS, CLERK_USERS, DAY_MS, type LeadStatus, REFERENCE_TIME } from './constants.ts'
import { makeAttribution } from './leadAttribution.ts'
import type { AuraLead, DisqualificationData, LeadNote } from './leadTypes.ts'
import { makeEmail, pickCompany, pickFullName } from './people.ts'
import { DISQUALIFICATION_TRIGGERS, NOTE_LINES } from './phrases.ts'
import { makePhone, pickPlace } from './places.ts'
import { createRandom, orNull, type Random } from './random.ts'

const STATUS_WEIGHTS: readonly (readonly [LeadStatus, number])[] = [
  ['new', 24],
  ['contacted', 20],
  ['qualified', 15],
  ['booked', 14],
  ['won', 11],
  ['lost', 10],
  ['disqualified', 6],
]

/** Seeded leads are created within this many days before the reference time. */
export const LEAD_HISTORY_DAYS = 548

/**
 * One realistic lead drawn from `random` (the db calls this 5,000 times on one stream), created
 * within `LEAD_HISTORY_DAYS` before `referenceTime`.
 */
export function buildLead(random: Random, referenceTime: number = REFERENCE_TIME): AuraLead {
  const place = pickPlace(random)
  const name = pickFullName(random)
  const company = pickCompany(random, place.country.topLevelDomain)
  const createdMs = referenceTime - Math.floor(random.next() * LEAD_HISTORY_DAYS * DAY_MS)
  const updatedMs = createdMs + Math.floor(random.next() * (referenceTime - createdMs))
  const status = random.weighted(STATUS_WEIGHTS)
  const { source, metadata } = makeAttribution(random, place, createdMs)
  const lead: AuraLead = {
    id: random.uuid(),
    full_name: orNull(random, () => name.full, 0.05),
    email: makeEmail(random, name.first, name.last, company.domain),
    phone: orNull(random, () => makePhone(random, place.country)),
    company: orNull(random, () => company.name, 0.15),
    timezone: orNull(random, () => place.city.timezone),
    status,
    source,
    metadata,
    notes: makeNotes(random, createdMs, updatedMs),
    ...makePayments(random, status, createdMs, referenceTime),
    disqualification_data:
      status === 'disqualified' ? makeDisqualification(random, createdMs) : null,
    created_at: new Date(createdMs).toISOString(),
    updated_at: new Date(updatedMs).toISOString(),
    assigned_to_id: orNull(random, () => random.pick(CLERK_USERS).id),
  }
  if (random.chance(0.2)) {
    lead.crm_sync_state = {
      provider: random.pick(['hubspot', 'salesforce', 'pipedrive']),
      external_id: String(random.int(100_000_000, 999_999_999)),
      synced_at: lead.updated_at,
    }
  }
  return lead
}

/** A standalone lead fixture; pass a different `seed` for a different lead. */
export function createLead(overrides: Partial<AuraLead> = {}, seed = 1): AuraLead {
  return { ...buildLead(createRandom(seed)), ...overrides }
}

function makeNotes(random: Random, createdMs: number, updatedMs: number): LeadNote[] {
  const count = random.int(0, 8)
  const times: number[] = []
  for (let index = 0; index < count; index++) {
    times.push(createdMs + Math.floor(random.next() * (updatedMs - createdMs)))
  }
  times.sort((left, right) => left - right)
  return times.map((time) => {
    const note: LeadNote = {
      content: random.pick(NOTE_LINES),
      created_at: new Date(time).toISOString(),
      user_id: orNull(random, () => random.pick(CLERK_USERS).id, 0.05),
    }
    if (random.chance(0.1)) {
      note.pinned = true
    }
    return note
  })
}

type Payments = Pick<
  AuraLead,
  'payment_count' | 'payment_status' | 'total_paid_cents' | 'last_payment_at'
>

function makePayments(
  random: Random,
  status: LeadStatus,
  createdMs: number,
  referenceTime: number,
): Payments {
  if (status !== 'won') {
    return {
      payment_count: orNull(random, () => 0),
      payment_status: orNull(random, () => 'none', 0.3),
      total_paid_cents: orNull(random, () => 0),
      last_payment_at: null,
    }
  }
  const count = random.int(1, 12)
  return {
    payment_count: count,
    payment_status: random.weighted([
      ['paid', 7],
      ['partially_paid', 2],
      ['refunded', 1],
      ['failed', 1],
    ] as const),
    total_paid_cents: count * random.int(50, 2_500) * 1_000,
    last_payment_at: orNull(random, () =>
      new Date(createdMs + Math.floor(random.next() * (referenceTime - createdMs))).toISOString(),
    ),
  }
}

function makeDisqualification(random: Random, createdMs: number): DisqualificationData {
  const data: DisqualificationData = {
    booking_link_id: orNull(random, () => random.pick(BOOKING_LINKS).id),
    evaluated_at: new Date(createdMs + random.int(1, 120) * 1000).toISOString(),
    triggering_field: orNull(random, () => ({ ...random.pick(DISQUALIFICATION_TRIGGERS) })),
  }
  if (random.chance(0.5)) {
    data.rule_id = `rule_${random.int(1, 9)}`
  }
  return data
}
