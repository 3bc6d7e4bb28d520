import type { PagingIssue } from '@aura-kit/hooks'
import { screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { LeadsTable } from '../leads-table/LeadsTable.tsx'
import { paramsOf, setupMockServer } from '../test-utils/mockServer.ts'
import { renderWithProvider } from '../test-utils/render.tsx'
import { describePagingIssue } from './pagingLines.tsx'

const harness = setupMockServer()
const grid = () => screen.getByRole('grid', { name: 'Leads' })
const loadedRows = () => Number(grid().getAttribute('aria-rowcount')) - 1
const notice = () => screen.queryByText(/this list may be incomplete/i)

describe('describePagingIssue', () => {
  it.each<[PagingIssue, RegExp]>([
    [
      { reason: 'duplicate-rows', stopped: false, duplicateRows: 50 },
      /^The server sent 50 rows we already had; this list may be incomplete\.$/,
    ],
    [
      { reason: 'duplicate-rows', stopped: false, duplicateRows: 1 },
      /^The server sent 1 row we already had/,
    ],
    [
      { reason: 'repeated-cursor', stopped: true, duplicateRows: 0 },
      /pointed back to a page it had already sent, so loading stopped\. This list may be incomplete\.$/,
    ],
    [
      { reason: 'empty-page', stopped: true, duplicateRows: 0 },
      /empty page but said more rows exist/,
    ],
    [
      { reason: 'missing-cursor', stopped: true, duplicateRows: 3 },
      /didn't say where to find them, so loading stopped\. The server sent 3 rows we already had \(shown once\)\. This list may be incomplete\.$/,
    ],
    [{ reason: 'page-mismatch', stopped: true, duplicateRows: 0 }, /different page/],
    [{ reason: 'beyond-last-page', stopped: true, duplicateRows: 0 }, /past its last page/],
  ])('%o', (issue, text) => {
    expect(describePagingIssue(issue)).toMatch(text)
  })
})

describe('the table footer on paging anomalies', () => {
  it('a page that points back to itself: rows kept, the footer says loading stopped, Retry goes on', async () => {
    const user = userEvent.setup()
    harness.api.setFaults([{ path: '/v1/leads', nth: 2, repeatPage: true }])
    renderWithProvider(<LeadsTable pageSize={50} />)
    await waitFor(() => expect(loadedRows()).toBe(50))
    await user.click(screen.getByRole('button', { name: 'Load more' }))
    await waitFor(() => expect(notice()).not.toBeNull())
    expect(notice()?.textContent).toMatch(/loading stopped/)
    expect(loadedRows()).toBe(100)
    expect(paramsOf(harness, '/v1/leads')).toHaveLength(2)

    const footer = notice()?.closest('[role="status"]') as HTMLElement
    await user.click(within(footer).getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(loadedRows()).toBe(100))
    expect(notice()).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Load more' }))
    await waitFor(() => expect(loadedRows()).toBe(150))
    const cursors = paramsOf(harness, '/v1/leads').map((params) => params.get('cursor'))
    // The page that went wrong was asked for again, with the same cursor.
    expect(cursors[2]).toBe(cursors[1])
  })
})
