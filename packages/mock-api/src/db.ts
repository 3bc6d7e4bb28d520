import type { AuraCall } from './data/callTypes.ts'
import { REFERENCE_TIME } from './data/constants.ts'
import { buildCall } from './data/createCall.ts'
import { buildLead } from './data/createLead.ts'
import { buildOctanistLead } from './data/createOctanistLead.ts'
import {
  HOSTILE_LEAD_POSITIONS,
  makeHostileLeads,
  makeHostileOctanistLeads,
} from './data/hostileLeads.ts'
import type { AuraLead } from './data/leadTypes.ts'
import type { OctanistLead } from './data/octanistTypes.ts'
import { createRandom, deriveSeed, type Random } from './data/random.ts'
import { applySpecialCalls } from './data/specialCalls.ts'

export interface MockCounts {
  leads?: number
  calls?: number
  octanistLeads?: number
}

export const DEFAULT_SEED = 42
export const DEFAULT_COUNTS = { leads: 5000, calls: 2000, octanistLeads: 5000 } as const

const HOSTILE_OCTANIST_POSITIONS = [2, 9] as const

/** The in-memory data behind the handlers. Lists are kept newest first. */
export interface MockDb {
  readonly currentSeed: number
  /** The instant (ms) the data is built around: leads before it, upcoming calls after it. */
  readonly referenceTime: number
  leads: AuraLead[]
  calls: AuraCall[]
  /** Built on first access (it is independent of the Aura data), which keeps startup cheap. */
  octanistLeads: OctanistLead[]
  findLead(id: string): AuraLead | undefined
  findCall(id: string): AuraCall | undefined
  /** Inserts in sort order, so cursors handed out earlier stay valid. */
  insertLead(lead: AuraLead): void
  /** A deterministic UUID for a newly created entity. */
  newId(): string
  /** Replaces all data with a fresh dataset; it becomes what `reset()` restores. */
  seed(seed?: number, counts?: MockCounts): void
  /** Restores the dataset of the last `seed()` (or of the options), dropping created leads. */
  reset(): void
}

/** Newest first: `created_at` descending, then `id` descending. */
export function compareNewestFirst(
  left: { created_at: string; id: string },
  right: { created_at: string; id: string },
): number {
  if (left.created_at !== right.created_at) {
    return left.created_at > right.created_at ? -1 : 1
  }
  return left.id === right.id ? 0 : left.id > right.id ? -1 : 1
}

export function createDb(
  seed = DEFAULT_SEED,
  counts: MockCounts = {},
  referenceTime: number = REFERENCE_TIME,
): MockDb {
  if (!Number.isFinite(referenceTime)) {
    throw new RangeError(`referenceTime must be a finite number of ms, got ${referenceTime}`)
  }
  let currentSeed = seed
  let currentCounts = counts
  let idRandom: Random = createRandom(0)
  let octanistLeads: OctanistLead[] | null = null
  const db: MockDb = {
    get currentSeed() {
      return currentSeed
    },
    referenceTime,
    leads: [],
    calls: [],
    get octanistLeads() {
      octanistLeads ??= generateOctanist(currentSeed, currentCounts, referenceTime)
      return octanistLeads
    },
    set octanistLeads(value) {
      octanistLeads = value
    },
    findLead: (id) => db.leads.find((lead) => lead.id === id),
    findCall: (id) => db.calls.find((call) => call.id === id),
    insertLead(lead) {
      let low = 0
      let high = db.leads.length
      while (low < high) {
        const middle = (low + high) >>> 1
        const existing = db.leads[middle]
        if (existing !== undefined && compareNewestFirst(existing, lead) < 0) {
          low = middle + 1
        } else {
          high = middle
        }
      }
      db.leads.splice(low, 0, lead)
    },
    newId: () => idRandom.uuid(),
    seed(nextSeed = currentSeed, nextCounts = currentCounts) {
      currentSeed = nextSeed
      currentCounts = nextCounts
      db.reset()
    },
    reset() {
      const data = generate(currentSeed, currentCounts, referenceTime)
      db.leads = data.leads
      db.calls = data.calls
      octanistLeads = null
      idRandom = createRandom(deriveSeed(currentSeed, 'created'))
    },
  }
  db.reset()
  return db
}

function generate(seed: number, counts: MockCounts, referenceTime: number) {
  const leadCount = counts.leads ?? DEFAULT_COUNTS.leads
  const callCount = counts.calls ?? DEFAULT_COUNTS.calls

  const leadRandom = createRandom(deriveSeed(seed, 'leads'))
  const leads = repeat(leadCount, () => buildLead(leadRandom, referenceTime)).sort(
    compareNewestFirst,
  )
  replaceAt(leads, HOSTILE_LEAD_POSITIONS, makeHostileLeads)

  const callRandom = createRandom(deriveSeed(seed, 'calls'))
  const calls =
    leads.length === 0
      ? []
      : repeat(callCount, (index) => {
          const lead = leads[callRandom.int(0, leads.length - 1)] ?? leads[0]
          if (lead === undefined) {
            throw new Error('unreachable: no leads')
          }
          return buildCall(callRandom, lead, deriveSeed(seed, `transcript:${index}`), referenceTime)
        }).sort(compareNewestFirst)
  applySpecialCalls(calls, seed, referenceTime)

  return { leads, calls }
}

function generateOctanist(seed: number, counts: MockCounts, referenceTime: number): OctanistLead[] {
  const octanistCount = counts.octanistLeads ?? DEFAULT_COUNTS.octanistLeads
  const octanistRandom = createRandom(deriveSeed(seed, 'octanist'))
  const octanistLeads = repeat(octanistCount, () =>
    buildOctanistLead(octanistRandom, referenceTime),
  ).sort((left, right) =>
    left.createdAt === right.createdAt ? 0 : left.createdAt > right.createdAt ? -1 : 1,
  )
  replaceAt(octanistLeads, HOSTILE_OCTANIST_POSITIONS, makeHostileOctanistLeads)
  return octanistLeads
}

function repeat<T>(count: number, make: (index: number) => T): T[] {
  const items: T[] = []
  for (let index = 0; index < count; index++) {
    items.push(make(index))
  }
  return items
}

function replaceAt<T>(items: T[], positions: readonly number[], make: (base: T[]) => T[]): void {
  const present = positions.filter((position) => position < items.length)
  const replacements = make(present.map((position) => items[position] as T))
  present.forEach((position, index) => {
    const replacement = replacements[index]
    if (replacement !== undefined) {
      items[position] = replacement
    }
  })
}
