import { expect, test } from '@playwright/test'
import {
  continueWith,
  expectLoadedRows,
  grid,
  loadedRows,
  scrollToBottom,
  scrollToTop,
} from './helpers.ts'

// Faults ride on `x-mock-*` headers added to this page's own requests (page.route), so tests
// running in parallel against the one mock server never see each other's faults.
const isLeadList = (url: URL) => url.pathname === '/v1/leads'

test('a page that keeps failing shows an inline retry row; Retry loads it, keeping every row', async ({
  page,
}) => {
  let failing = true
  const cursors: string[] = []
  const failures: number[] = []
  await page.route(isLeadList, (route) => {
    const cursor = new URL(route.request().url()).searchParams.get('cursor')
    if (cursor && !cursors.includes(cursor)) {
      cursors.push(cursor)
    }
    const pageNumber = cursor ? cursors.indexOf(cursor) + 2 : 1
    if (failing && pageNumber === 3) {
      failures.push(pageNumber)
      return continueWith(route, { 'x-mock-status': '500' })
    }
    return route.continue()
  })
  await page.goto('/leads')
  const table = grid(page, 'Leads')
  await expectLoadedRows(table, 50)
  const firstEmailCell = table.locator('tr[aria-rowindex="2"] td[data-column-id="email"]')
  const firstEmail = (await firstEmailCell.textContent()) ?? ''

  const retryRow = page.getByRole('alert').filter({ hasText: "Couldn't load more" })
  await expect
    .poll(
      async () => {
        await scrollToBottom(table)
        return retryRow.count()
      },
      { message: 'the retry row after page 3 failed', timeout: 30_000 },
    )
    .toBe(1)
  // The client retried the 500 three times before the table gave up on the page.
  expect(failures).toHaveLength(4)
  expect(await loadedRows(table)).toBe(100)
  await expect(retryRow).toContainText('Request id')

  failing = false
  await retryRow.getByRole('button', { name: 'Retry' }).click()
  await expect(retryRow).toHaveCount(0)
  await expect.poll(() => loadedRows(table)).toBeGreaterThanOrEqual(150)
  await scrollToTop(table)
  await expect(firstEmailCell).toHaveText(firstEmail)
})

test('a 429 with Retry-After is retried by the client and the table fills', async ({ page }) => {
  const responses: Array<{ status: number; retryAfter: string | undefined }> = []
  page.on('response', (response) => {
    if (isLeadList(new URL(response.url()))) {
      responses.push({ status: response.status(), retryAfter: response.headers()['retry-after'] })
    }
  })
  let limited = false
  await page.route(isLeadList, (route) => {
    if (!limited) {
      limited = true
      return continueWith(route, { 'x-mock-status': '429', 'x-mock-retry-after': '1' })
    }
    return route.continue()
  })
  await page.goto('/leads')
  await expectLoadedRows(grid(page, 'Leads'), 50)
  expect(responses.slice(0, 2)).toEqual([
    { status: 429, retryAfter: '1' },
    { status: 200, retryAfter: undefined },
  ])
  await expect(page.getByText("Couldn't load data")).toHaveCount(0)
})

test('on a slow network the grid shows its loading state, then the rows', async ({ page }) => {
  let release = () => {}
  const released = new Promise<void>((resolve) => {
    release = resolve
  })
  await page.route(isLeadList, async (route) => {
    // Held until the test has seen the loading state, then streamed slowly by the mock.
    await released
    await continueWith(route, { 'x-mock-slow-body': '500' })
  })
  await page.goto('/leads')
  const table = grid(page, 'Leads')
  await expect(table).toHaveAttribute('aria-busy', 'true')
  await expect(page.getByTestId('aura-skeleton')).toBeVisible()
  expect(await loadedRows(table)).toBe(0)

  release()
  await expectLoadedRows(table, 50)
  await expect(page.getByTestId('aura-skeleton')).toHaveCount(0)
  await expect(table).not.toHaveAttribute('aria-busy', 'true')
})
