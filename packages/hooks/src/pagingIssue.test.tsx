import type { AuraClient, CursorPage, Lead, OctanistClient, OctanistPage } from '@aura-kit/client'
import { act, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { cursorStop, numberedStop, toPagingIssue } from './pagingIssue.ts'
import { renderWithClient } from './test-utils/render.tsx'
import { useLeads } from './useLeads.ts'
import { useOctanistLeads } from './useOctanistLeads.ts'

const ids = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, index) => ({ id: `lead_${from + index}` }))

const cursorPage = (
  data: Array<{ id: string }>,
  hasMore: boolean,
  nextCursor: string | null,
): CursorPage<Lead> => ({ data, hasMore, nextCursor, rateLimit: null, requestId: null })

const numbered = (
  data: Array<{ id: string }>,
  page: number,
  totalPages: number,
  hasMore = page < totalPages,
): OctanistPage => ({
  data,
  pagination: { limit: data.length, page, totalPages, total: totalPages * 10, hasMore },
  timestamp: null,
  rateLimit: null,
  requestId: null,
})

describe('cursorStop', () => {
  it.each([
    ['the last page', cursorPage(ids(0, 2), false, null), [], null],
    ['a new cursor', cursorPage(ids(0, 2), true, 'b'), [undefined, 'a'], null],
    ['an empty page with a new cursor', cursorPage([], true, 'b'), [undefined, 'a'], null],
    ['no cursor', cursorPage(ids(0, 2), true, null), [undefined], 'missing-cursor'],
    ['an empty cursor', cursorPage(ids(0, 2), true, ''), [undefined], 'missing-cursor'],
    ['a used cursor', cursorPage(ids(0, 2), true, 'a'), [undefined, 'a'], 'repeated-cursor'],
    ['an empty page pointing to itself', cursorPage([], true, 'a'), [undefined, 'a'], 'empty-page'],
  ] as const)('%s → %s', (_, page, used, expected) => {
    expect(cursorStop(page, used)).toBe(expected)
  })
})

describe('numberedStop', () => {
  it.each([
    ['the last page', numbered(ids(0, 2), 3, 3), 3, null],
    ['a middle page', numbered(ids(0, 2), 2, 3), 2, null],
    ['another page than asked', numbered(ids(0, 2), 1, 3), 2, 'page-mismatch'],
    ['an empty page claiming more', numbered([], 2, 3, true), 2, 'empty-page'],
    ['more past the last page', numbered(ids(0, 2), 3, 3, true), 3, 'beyond-last-page'],
  ] as const)('%s → %s', (_, page, requested, expected) => {
    expect(numberedStop(page, requested)).toBe(expected)
  })
})

describe('toPagingIssue', () => {
  it('is null when nothing happened, reports duplicates, and a stop wins with the count kept', () => {
    expect(toPagingIssue(0, null)).toBeNull()
    expect(toPagingIssue(3, null)).toEqual({
      reason: 'duplicate-rows',
      stopped: false,
      duplicateRows: 3,
    })
    expect(toPagingIssue(3, 'repeated-cursor')).toEqual({
      reason: 'repeated-cursor',
      stopped: true,
      duplicateRows: 3,
    })
  })
})

/** An Aura client whose lead pages come from a script keyed by cursor ('' is the first page). */
function scriptedClient(script: (cursor: string, call: number) => CursorPage<Lead>) {
  const requests: string[] = []
  const client = {
    leads: {
      list: async (params: { cursor?: string | null } = {}) => {
        const cursor = params.cursor ?? ''
        requests.push(cursor)
        return script(cursor, requests.length)
      },
    },
  } as unknown as AuraClient
  return { client, requests }
}

/** Asks for pages until the hook offers no more, letting each answer reach the hook first. */
async function pageToTheEnd(result: {
  current: { hasNextPage: boolean; isFetching: boolean; fetchNextPage: () => Promise<unknown> }
}) {
  for (let guard = 0; guard < 20; guard++) {
    await waitFor(() => expect(result.current.isFetching).toBe(false))
    if (!result.current.hasNextPage) {
      return
    }
    await act(() => result.current.fetchNextPage())
  }
}

describe('useLeads paging anomalies', () => {
  it('a page of rows already loaded (new cursor): rows shown once, paging goes on, issue reported', async () => {
    const { client, requests } = scriptedClient((cursor) => {
      if (cursor === '') {
        return cursorPage(ids(0, 5), true, 'c2')
      }
      if (cursor === 'c2') {
        return cursorPage(ids(0, 5), true, 'c3')
      }
      return cursorPage(ids(10, 15), false, null)
    })
    const { result } = renderWithClient(() => useLeads({ limit: 5 }), { client })
    await waitFor(() => expect(result.current.rows).toHaveLength(5))
    await pageToTheEnd(result)
    expect(requests).toEqual(['', 'c2', 'c3'])
    expect(result.current.rows.map((row) => row.id)).toEqual([
      ...ids(0, 5).map((row) => row.id),
      ...ids(10, 15).map((row) => row.id),
    ])
    expect(result.current.pagingIssue).toEqual({
      reason: 'duplicate-rows',
      stopped: false,
      duplicateRows: 5,
    })
  })

  it('an empty page with has_more and a new cursor: paging goes on, nothing reported', async () => {
    const { client, requests } = scriptedClient((cursor) => {
      if (cursor === '') {
        return cursorPage(ids(0, 5), true, 'c2')
      }
      if (cursor === 'c2') {
        return cursorPage([], true, 'c3')
      }
      return cursorPage(ids(5, 10), false, null)
    })
    const { result } = renderWithClient(() => useLeads({ limit: 5 }), { client })
    await waitFor(() => expect(result.current.rows).toHaveLength(5))
    await pageToTheEnd(result)
    expect(requests).toEqual(['', 'c2', 'c3'])
    expect(result.current.rows).toHaveLength(10)
    expect(result.current.pagingIssue).toBeNull()
  })

  it('an empty page pointing to itself stops without a loop; Retry asks for that page again and goes on', async () => {
    let looping = true
    const { client, requests } = scriptedClient((cursor) => {
      if (cursor === '') {
        return cursorPage(ids(0, 5), true, 'c2')
      }
      if (cursor === 'c2') {
        return looping ? cursorPage([], true, 'c2') : cursorPage(ids(5, 10), true, 'c3')
      }
      return cursorPage(ids(10, 12), false, null)
    })
    const { result } = renderWithClient(() => useLeads({ limit: 5 }), { client })
    await waitFor(() => expect(result.current.rows).toHaveLength(5))
    await pageToTheEnd(result)
    expect(requests).toEqual(['', 'c2'])
    expect(result.current.hasNextPage).toBe(false)
    expect(result.current.rows).toHaveLength(5)
    expect(result.current.pagingIssue).toEqual({
      reason: 'empty-page',
      stopped: true,
      duplicateRows: 0,
    })

    looping = false
    act(() => result.current.retryPaging())
    await waitFor(() => expect(result.current.rows).toHaveLength(10))
    expect(result.current.rows.slice(0, 5).map((row) => row.id)).toEqual(
      ids(0, 5).map((row) => row.id),
    )
    await pageToTheEnd(result)
    expect(result.current.rows).toHaveLength(12)
    expect(result.current.pagingIssue).toBeNull()
    expect(requests).toEqual(['', 'c2', 'c2', 'c3'])
  })

  it('a repeated cursor after duplicate rows stops and reports both', async () => {
    const { client, requests } = scriptedClient((cursor) =>
      cursor === '' ? cursorPage(ids(0, 5), true, 'c2') : cursorPage(ids(3, 8), true, 'c2'),
    )
    const { result } = renderWithClient(() => useLeads({ limit: 5 }), { client })
    await waitFor(() => expect(result.current.rows).toHaveLength(5))
    await pageToTheEnd(result)
    expect(requests).toEqual(['', 'c2'])
    expect(result.current.rows).toHaveLength(8)
    expect(result.current.pagingIssue).toEqual({
      reason: 'repeated-cursor',
      stopped: true,
      duplicateRows: 2,
    })
  })

  it('has_more without a cursor on the first page: Retry refetches it', async () => {
    const { client, requests } = scriptedClient((_, call) =>
      call === 1 ? cursorPage(ids(0, 5), true, null) : cursorPage(ids(0, 5), false, null),
    )
    const { result } = renderWithClient(() => useLeads({ limit: 5 }), { client })
    await waitFor(() => expect(result.current.pagingIssue?.reason).toBe('missing-cursor'))
    act(() => result.current.retryPaging())
    await waitFor(() => expect(result.current.pagingIssue).toBeNull())
    expect(result.current.rows).toHaveLength(5)
    expect(requests).toEqual(['', ''])
  })
})

describe('useOctanistLeads paging anomalies', () => {
  function scriptedOctanist(script: (page: number) => OctanistPage) {
    const requests: number[] = []
    const octanistClient = {
      leads: {
        list: async (query: { page?: number } = {}) => {
          requests.push(query.page ?? 1)
          return script(query.page ?? 1)
        },
      },
    } as unknown as OctanistClient
    return { octanistClient, requests }
  }

  it('a server that answers page 1 again stops with page-mismatch instead of looping', async () => {
    const { octanistClient, requests } = scriptedOctanist(() => numbered(ids(0, 5), 1, 4))
    const { result } = renderWithClient(() => useOctanistLeads({ limit: 5 }), { octanistClient })
    await waitFor(() => expect(result.current.rows).toHaveLength(5))
    await pageToTheEnd(result)
    expect(requests).toEqual([1, 2])
    expect(result.current.pagingIssue).toEqual({
      reason: 'page-mismatch',
      stopped: true,
      duplicateRows: 5,
    })
  })

  it('page 1 rows sent as page 2: shown once, paging goes on, duplicates reported', async () => {
    const { octanistClient, requests } = scriptedOctanist((page) =>
      numbered(page === 2 ? ids(0, 5) : ids((page - 1) * 5, page * 5), page, 3),
    )
    const { result } = renderWithClient(() => useOctanistLeads({ limit: 5 }), { octanistClient })
    await waitFor(() => expect(result.current.rows).toHaveLength(5))
    await pageToTheEnd(result)
    expect(requests).toEqual([1, 2, 3])
    expect(result.current.rows).toHaveLength(10)
    expect(result.current.pagingIssue).toEqual({
      reason: 'duplicate-rows',
      stopped: false,
      duplicateRows: 5,
    })
  })
})
