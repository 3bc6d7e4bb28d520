import type { Lead } from '@aura-kit/client'

const FIRST = ['Ada', 'Ben', 'Cleo', 'Dev', 'Eli', 'Fay', 'Gus', 'Hana', 'Ivo', 'Jun', 'Kai', 'Lea']
const LAST = ['Meyer', 'Okafor', 'Silva', 'Tanaka', 'Novak', 'Berg', 'Rossi', 'Khan', 'Dubois']
const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark', 'Wayne', 'Tyrell']
const STATUSES = ['new', 'contacted', 'booked', 'qualified', 'disqualified', 'won', 'lost']
const SOURCES = ['google', 'facebook', 'linkedin', 'newsletter', 'referral']
const ZONES = ['Europe/Berlin', 'Europe/London', 'America/New_York', 'Asia/Tokyo', 'UTC']
const START = Date.UTC(2025, 0, 1)

/** mulberry32: a tiny seeded PRNG, so every contender gets the same rows. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function pick<T>(list: readonly T[], random: () => number): T {
  return list[Math.floor(random() * list.length)] as T
}

/** `count` deterministic leads for `seed`. */
export function generateLeads(count: number, seed = 42): Lead[] {
  const random = createRandom(seed)
  const leads: Lead[] = new Array(count)
  for (let i = 0; i < count; i++) {
    const first = pick(FIRST, random)
    const last = pick(LAST, random)
    const company = pick(COMPANIES, random)
    const payments = Math.floor(random() * 5)
    leads[i] = {
      id: `lead_${i}`,
      full_name: `${first} ${last}`,
      email: `${first}.${last}${i}@${company}.example`.toLowerCase(),
      company,
      phone: `+49 30 ${String(1000000 + Math.floor(random() * 8999999))}`,
      status: pick(STATUSES, random),
      source: { utm_source: pick(SOURCES, random) },
      created_at: new Date(START + Math.floor(random() * 3e10)).toISOString(),
      total_paid_cents: payments * Math.floor(random() * 50000),
      payment_count: payments,
      timezone: pick(ZONES, random),
    }
  }
  return leads
}
