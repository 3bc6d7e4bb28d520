import { createRandom, type Random, REFERENCE_TIME } from '@aura-kit/mock-api'
import { type MockServer, startMockServer } from '@aura-kit/mock-api/node'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type AuraClient, createAuraClient, type Lead } from '../src/index.ts'
import { collect } from './support/collect.ts'
import { newestFirst } from './support/newestFirst.ts'

const COUNTS = { leads: 300, calls: 0, octanistLeads: 0 }

// New leads get `created_at` from the mock's clock, so moving the clock places them anywhere in
// the newest-first list: ahead of the cursor, behind it, or tied with an existing row.
let clock = REFERENCE_TIME
let server: MockServer
let aura: AuraClient

beforeAll(async () => {
  server = await startMockServer({ counts: COUNTS, now: () => clock, rateLimit: false })
  aura = createAuraClient({ baseUrl: server.url, apiKey: 'aura_pk_live_contract' })
})

afterAll(async () => {
  await server.close()
})

type SortKey = { id: string; created_at?: string | null }

/** Where a new lead's `created_at` lands relative to the existing rows. */
type Placement = 'anywhere' | 'tie-with-cursor' | 'tie-with-any' | 'newest' | 'oldest'
const PLACEMENTS: readonly Placement[] = [
  'anywhere',
  'tie-with-cursor',
  'tie-with-any',
  'newest',
  'oldest',
]

interface Interleaving {
  name: string
  /** How many leads to create before fetching page `pageIndex` (0 = before the first). */
  count(pageIndex: number, random: Random): number
  placement(random: Random): Placement
}

const INTERLEAVINGS: readonly Interleaving[] = [
  {
    name: 'one per page, anywhere',
    count: () => 1,
    placement: (random) => random.pick(PLACEMENTS),
  },
  {
    name: 'random bursts',
    count: (_, random) => (random.chance(0.3) ? random.int(1, 6) : 0),
    placement: (random) => random.pick(PLACEMENTS),
  },
  {
    name: 'ties at the cursor',
    count: (_, random) => random.int(1, 3),
    placement: () => 'tie-with-cursor',
  },
  { name: 'all newer than every row', count: () => 2, placement: () => 'newest' },
  {
    name: 'behind the cursor',
    count: (pageIndex) => (pageIndex % 3 === 1 ? 4 : 0),
    placement: (random) => random.pick(['oldest', 'anywhere'] as const),
  },
]

function chooseTime(placement: Placement, random: Random, cursorRow: SortKey | undefined): string {
  const rows = server.api.db.leads
  const newest = Date.parse(rows[0]?.created_at ?? '')
  const oldest = Date.parse(rows[rows.length - 1]?.created_at ?? '')
  switch (placement) {
    case 'anywhere':
      return new Date(random.int(oldest, newest)).toISOString()
    case 'tie-with-cursor':
      return cursorRow?.created_at ?? random.pick(rows).created_at
    case 'tie-with-any':
      return random.pick(rows).created_at
    case 'newest':
      return new Date(newest + random.int(1, 1000)).toISOString()
    case 'oldest':
      return new Date(oldest - random.int(1, 1000)).toISOString()
    default:
      return placement satisfies never
  }
}

interface Created {
  lead: Lead
  /** The last row handed out before it was created; null when nothing was yet. */
  after: SortKey | null
}

interface Run {
  preExisting: string[]
  delivered: Lead[]
  created: Created[]
}

interface StabilityCase {
  seed: number
  interleaving: Interleaving
  method: 'list' | 'pages'
  status: 'new' | undefined
}

async function runCase({ seed, interleaving, method, status }: StabilityCase): Promise<Run> {
  server.api.db.seed(seed, COUNTS)
  const random = createRandom(seed * 7919 + interleaving.name.length)
  const filter = status === undefined ? {} : { status }
  const limit = random.int(5, 40)
  const preExisting = server.api.db.leads
    .filter((lead) => status === undefined || lead.status === status)
    .map((lead) => lead.id)
  const delivered: Lead[] = []
  const created: Created[] = []

  async function createSome(pageIndex: number): Promise<void> {
    const count = interleaving.count(pageIndex, random)
    for (let index = 0; index < count; index++) {
      const last = delivered.at(-1)
      const createdAt = chooseTime(interleaving.placement(random), random, last)
      clock = Date.parse(createdAt)
      const { data } = await aura.leads.create({
        email: `seed${seed}-${created.length}@example.com`,
      })
      expect(data.created_at).toBe(createdAt)
      created.push({ lead: data, after: last ?? null })
    }
  }

  if (method === 'list') {
    let cursor: string | null = null
    for (let pageIndex = 0; ; pageIndex++) {
      await createSome(pageIndex)
      const page = await aura.leads.list({ ...filter, limit, cursor })
      delivered.push(...page.data)
      if (!page.hasMore) {
        break
      }
      cursor = page.nextCursor
    }
  } else {
    await createSome(0)
    let pageIndex = 0
    for await (const page of aura.leads.pages({ ...filter, limit })) {
      delivered.push(...page.data)
      pageIndex++
      if (page.hasMore) {
        await createSome(pageIndex)
      }
    }
  }
  return { preExisting, delivered, created }
}

const SEEDS = [1, 7, 42, 2024]
const cases: StabilityCase[] = SEEDS.flatMap((seed, seedIndex) =>
  INTERLEAVINGS.flatMap((interleaving) =>
    (['list', 'pages'] as const).map((method) => ({
      seed,
      interleaving,
      method,
      status: seedIndex % 2 === 1 ? ('new' as const) : undefined,
    })),
  ),
)

describe('cursor stability while leads are created between page fetches', () => {
  test.each(cases.map((testCase) => ({ ...testCase, name: testCase.interleaving.name })))(
    'seed $seed, $name, $method, status $status',
    async (testCase) => {
      const { preExisting, delivered, created } = await runCase(testCase)
      const ids = delivered.map((lead) => lead.id)

      // No repeats, and every pre-existing lead exactly once: no skips.
      expect(new Set(ids).size).toBe(ids.length)
      const deliveredIds = new Set(ids)
      expect(preExisting.filter((id) => !deliveredIds.has(id))).toEqual([])

      // A new lead shows up exactly when it sorts after the cursor it was created behind.
      for (const { lead, after } of created) {
        const expected = after === null || newestFirst(lead, after) > 0
        expect(deliveredIds.has(lead.id), `${lead.id} at ${lead.created_at}`).toBe(expected)
      }
      expect(ids.length).toBe(
        preExisting.length +
          created.filter(({ lead, after }) => after === null || newestFirst(lead, after) > 0)
            .length,
      )

      // The concatenated pages stay strictly newest first.
      for (let index = 1; index < delivered.length; index++) {
        const previous = delivered[index - 1]
        const current = delivered[index]
        if (previous !== undefined && current !== undefined) {
          expect(newestFirst(previous, current)).toBeLessThan(0)
        }
      }
      if (testCase.status !== undefined) {
        expect(delivered.every((lead) => lead.status === testCase.status)).toBe(true)
      }
    },
  )

  test('the interleavings really place leads on both sides of the cursor, and on ties', async () => {
    let beforeCursor = 0
    let afterCursor = 0
    let ties = 0
    for (const testCase of cases.filter((candidate) => candidate.seed === 42)) {
      const { created } = await runCase(testCase)
      for (const { lead, after } of created) {
        if (after === null) {
          continue
        }
        ties += lead.created_at === after.created_at ? 1 : 0
        if (newestFirst(lead, after) > 0) {
          afterCursor++
        } else {
          beforeCursor++
        }
      }
    }
    expect(beforeCursor).toBeGreaterThan(0)
    expect(afterCursor).toBeGreaterThan(0)
    expect(ties).toBeGreaterThan(0)
  })

  test.each(SEEDS)(
    'seed %i: cursors handed out earlier replay the same rows after inserts',
    async (seed) => {
      server.api.db.seed(seed, COUNTS)
      const random = createRandom(seed)
      const before = await collect(aura.leads.pages({ limit: 30 }))
      const cursors = before.flatMap((page) => (page.nextCursor === null ? [] : [page.nextCursor]))
      const original = before.flatMap((page) => page.data)

      const created: Lead[] = []
      for (let index = 0; index < 40; index++) {
        const placement = random.pick(PLACEMENTS)
        clock = Date.parse(chooseTime(placement, random, random.pick(original)))
        created.push((await aura.leads.create({ email: `replay${index}@example.com` })).data)
      }

      for (const [index, cursor] of cursors.entries()) {
        const boundary = original[(index + 1) * 30 - 1]
        const replayed = await collect(aura.leads.all({ limit: 30, cursor }))
        const replayedIds = replayed.map((lead) => lead.id)
        expect(new Set(replayedIds).size).toBe(replayedIds.length)
        expect(replayedIds.filter((id) => original.some((lead) => lead.id === id))).toEqual(
          original.slice((index + 1) * 30).map((lead) => lead.id),
        )
        const newAfter = created.filter(
          (lead) => boundary !== undefined && newestFirst(lead, boundary) > 0,
        )
        expect(replayed.length).toBe(original.length - (index + 1) * 30 + newAfter.length)
      }
    },
  )
})
