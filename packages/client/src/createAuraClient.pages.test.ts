import { describe, expect, it, vi } from 'vitest'
import { createAuraClientWithRuntime } from './createAuraClient.ts'
import { AuraPaginationError } from './errors.ts'
import type { Lead } from './lead.ts'
import { fakeFetch, json, type Responder } from './test-utils/fakeFetch.ts'
import { auraPage, makeLead } from './test-utils/fixtures.ts'

function setup(...responders: Responder[]) {
  const fake = fakeFetch(...responders)
  const client = createAuraClientWithRuntime(
    { fetch: fake.fetch },
    { sleep: async () => {}, random: () => 0, now: () => 0 },
  )
  const cursors = () => fake.requests.map((request) => request.url.searchParams.get('cursor'))
  return { fake, client, cursors }
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const item of iterable) {
    out.push(item)
  }
  return out
}

async function failure(
  iterable: AsyncIterable<unknown>,
): Promise<{ error: unknown; seen: number }> {
  let seen = 0
  try {
    for await (const _ of iterable) {
      seen++
    }
  } catch (error) {
    return { error, seen }
  }
  throw new Error('expected the iteration to fail')
}

describe('leads.pages / leads.all', () => {
  const [a, b, c, d] = [makeLead(), makeLead(), makeLead(), makeLead()]

  it('follows next_cursor to the end', async () => {
    const { client, cursors } = setup(
      json(auraPage([a, b], true, 'c1')),
      json(auraPage([c], true, 'c2')),
      json(auraPage([d], false, null)),
    )
    const pages = await collect(client.leads.pages({ limit: 2, status: 'new' }))
    expect(pages.map((page) => page.data.length)).toEqual([2, 1, 1])
    expect(cursors()).toEqual([null, 'c1', 'c2'])
  })

  it('keeps the filters on every page', async () => {
    const { fake, client } = setup(json(auraPage([a], true, 'c1')), json(auraPage([b])))
    await collect(client.leads.pages({ limit: 1, status: 'won' }))
    expect(fake.requests.map((request) => request.url.search)).toEqual([
      '?limit=1&status=won',
      '?limit=1&cursor=c1&status=won',
    ])
  })

  it('all() yields every lead in order', async () => {
    const { client } = setup(json(auraPage([a, b], true, 'c1')), json(auraPage([c, d])))
    const leads: Lead[] = await collect(client.leads.all())
    expect(leads.map((lead) => lead.id)).toEqual([a, b, c, d].map((lead) => lead?.id))
  })

  it('starts from params.cursor', async () => {
    const { client, cursors } = setup(json(auraPage([a])))
    await collect(client.leads.pages({ cursor: 'resume' }))
    expect(cursors()).toEqual(['resume'])
  })

  it.each([
    {
      name: 'a repeated cursor',
      bodies: [auraPage([a], true, 'c1'), auraPage([b], true, 'c1')],
      problem: 'repeated-cursor',
    },
    {
      name: 'the starting cursor coming back',
      start: 'start',
      bodies: [auraPage([a], true, 'start')],
      problem: 'repeated-cursor',
    },
    {
      name: 'has_more without a cursor',
      bodies: [auraPage([a], true, null)],
      problem: 'missing-cursor',
    },
    {
      name: 'an empty page with has_more and a cursor seen before',
      bodies: [auraPage([a], true, 'c1'), auraPage([], true, 'c2'), auraPage([], true, 'c1')],
      problem: 'repeated-cursor',
    },
  ])(
    'throws AuraPaginationError on $name, after yielding the pages it got',
    async ({ bodies, problem, start }) => {
      const { client, fake } = setup(...bodies.map((body) => json(body)))
      const { error, seen } = await failure(client.leads.pages({ cursor: start ?? null }))
      const pageCount = bodies.length
      expect(error).toBeInstanceOf(AuraPaginationError)
      expect(error).toMatchObject({ problem })
      expect(seen).toBe(pageCount)
      expect(fake.requests).toHaveLength(pageCount)
    },
  )

  it('goes on past an empty page that has a new cursor', async () => {
    const { client, cursors } = setup(
      json(auraPage([a], true, 'c1')),
      json(auraPage([], true, 'c2')),
      json(auraPage([b], false, null)),
    )
    const leads = await collect(client.leads.all())
    expect(leads.map((lead) => lead.id)).toEqual([a?.id, b?.id])
    expect(cursors()).toEqual([null, 'c1', 'c2'])
  })

  it('goes on past a page whose records were all dropped for lack of an id', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { client } = setup(
      json(auraPage([{ email: 'no-id@example.com' }, { id: '' }], true, 'c1')),
      json(auraPage([c], false, null)),
    )
    const pages = await collect(client.leads.pages())
    expect(pages.map((page) => page.data.map((lead) => lead.id))).toEqual([[], [c?.id]])
  })

  it('all() never yields the same id twice, even when pages overlap', async () => {
    const { client } = setup(
      json(auraPage([a, b], true, 'c1')),
      json(auraPage([b, c], true, 'c2')),
      json(auraPage([a, d], false, null)),
    )
    const leads = await collect(client.leads.all())
    expect(leads.map((lead) => lead.id)).toEqual([a, b, c, d].map((lead) => lead?.id))
  })

  it('stops requesting when the consumer breaks out', async () => {
    const { fake, client } = setup(json(auraPage([a, b], true, 'c1')), json(auraPage([c])))
    for await (const lead of client.leads.all()) {
      expect(lead.id).toBe(a?.id)
      break
    }
    expect(fake.requests).toHaveLength(1)
  })

  it('honours the signal between pages', async () => {
    const { fake, client } = setup(json(auraPage([a], true, 'c1')), json(auraPage([b])))
    const controller = new AbortController()
    const { error, seen } = await failure(
      (async function* () {
        for await (const page of client.leads.pages({}, { signal: controller.signal })) {
          yield page
          controller.abort()
        }
      })(),
    )
    expect(error).toBe(controller.signal.reason)
    expect(seen).toBe(1)
    expect(fake.requests).toHaveLength(1)
  })

  it('calls.all walks call pages', async () => {
    const { fake, client } = setup(
      json(auraPage([{ id: 'c1' }], true, 'x')),
      json(auraPage([{ id: 'c2', outcome: 'no_show' }])),
    )
    const calls = await collect(client.calls.all({ isUpcoming: false }))
    expect(calls.map((call) => [call.id, call.status])).toEqual([
      ['c1', undefined],
      ['c2', 'no_show'],
    ])
    expect(fake.requests[1]?.url.search).toBe('?cursor=x&is_upcoming=false')
  })
})
