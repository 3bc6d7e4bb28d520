import { QueryClient } from '@tanstack/react-query'
import { act, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { setupMockServer } from './test-utils/mockServer.ts'
import { renderWithClient } from './test-utils/render.tsx'
import { useLeads } from './useLeads.ts'
import { withFields } from './withFields.ts'

const harness = setupMockServer()

/** TanStack's defaults: results are tracked, so a component re-renders only for what it reads. */
const trackedClient = () =>
  new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } })

/**
 * Two components on one list: one reads only `rows`, `reader` reads what the test names. The
 * controller starts the next page; the mock answers it slowly, so the in-flight state is visible.
 */
async function renderRowsReaderBeside(read: (list: ReturnType<typeof useLeads>) => number) {
  const queryClient = trackedClient()
  const renders = { reader: 0 }
  const reader = renderWithClient(
    () => {
      renders.reader++
      return read(useLeads({ limit: 10 }))
    },
    { queryClient },
  )
  const controller = renderWithClient(
    () => {
      const { isFetchingNextPage, fetchNextPage, rows } = useLeads({ limit: 10 })
      return { isFetchingNextPage, fetchNextPage, loaded: rows.length }
    },
    { queryClient },
  )
  await waitFor(() => expect(controller.result.current.loaded).toBe(10))
  harness.api.setFaults([{ path: '/v1/leads', latencyMs: 150 }])
  const before = renders.reader
  act(() => {
    void controller.result.current.fetchNextPage()
  })
  await waitFor(() => expect(controller.result.current.isFetchingNextPage).toBe(true))
  const whileFetching = renders.reader
  await waitFor(() => expect(controller.result.current.loaded).toBe(20))
  await waitFor(() => expect(controller.result.current.isFetchingNextPage).toBe(false))
  return { before, whileFetching, after: renders.reader, reader: reader.result }
}

describe('list hooks return the tracked result', () => {
  it('a component reading only rows renders once per new page, not for the fetching states', async () => {
    const { before, whileFetching, after, reader } = await renderRowsReaderBeside(
      (list) => list.rows.length,
    )
    expect(whileFetching).toBe(before)
    expect(after).toBe(before + 1)
    expect(reader.current).toBe(20)
  })

  it('spreading the result reads every field, so it renders for the fetching states too', async () => {
    const { before, whileFetching } = await renderRowsReaderBeside(
      (list) => ({ ...list }).rows.length,
    )
    expect(whileFetching).toBeGreaterThan(before)
  })

  it('the extra fields read through to the result and survive a spread', () => {
    const base = { data: 1 as number | undefined, status: 'success' }
    const wrapped = withFields(base, { double: () => (base.data ?? 0) * 2 })
    expect(wrapped.double).toBe(2)
    expect(wrapped.status).toBe('success')
    expect('double' in wrapped).toBe(true)
    expect({ ...wrapped }).toEqual({ data: 1, status: 'success', double: 2 })
  })
})
