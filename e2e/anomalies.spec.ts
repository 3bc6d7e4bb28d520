import { expect, type Page, test } from '@playwright/test'
import {
  collectErrors,
  continueWith,
  expectLoadedRows,
  grid,
  loadedRows,
  scrollToBottom,
} from './helpers.ts'

// Awkward servers, one anomaly each, as `x-mock-*` headers on this page's own requests: the
// table keeps what it loaded, shows no row twice, never loops, and says when a list may be
// incomplete.
const isLeadList = (url: URL) => url.pathname === '/v1/leads'

/** Routes the lead list, adding `headers` to the request for the second page only. */
async function faultOnSecondPage(page: Page, headers: () => Record<string, string> | null) {
  const cursors: Array<string | null> = []
  await page.route(isLeadList, (route) => {
    const cursor = new URL(route.request().url()).searchParams.get('cursor')
    cursors.push(cursor)
    const pageNumber = cursors.filter((seen) => seen !== null).length + 1
    const extra = cursor !== null && pageNumber === 2 ? headers() : null
    return extra ? continueWith(route, extra) : route.continue()
  })
  return cursors
}

const notice = (page: Page) => page.getByRole('status').filter({ hasText: 'may be incomplete' })
const firstEmail = (page: Page) =>
  grid(page, 'Leads').locator('tr[aria-rowindex="2"] td[data-column-id="email"]')

async function scrollUntil(page: Page, done: () => Promise<boolean>, message: string) {
  await expect
    .poll(
      async () => {
        await scrollToBottom(grid(page, 'Leads'))
        return done()
      },
      { message, timeout: 30_000 },
    )
    .toBe(true)
}

const distinct = (values: Array<string | null>) => new Set(values).size === values.length

test('a page of rows already shown (new cursor): rows shown once, paging goes on, the footer says so', async ({
  page,
}) => {
  const cursors = await faultOnSecondPage(page, () => ({ 'x-mock-duplicate-page': '1' }))
  await page.goto('/leads')
  const table = grid(page, 'Leads')
  await expectLoadedRows(table, 50)
  const email = await firstEmail(page).textContent()

  await scrollUntil(
    page,
    async () => (await loadedRows(table)) >= 100,
    'page 3 loads after the repeat',
  )
  await expect(notice(page)).toContainText(
    'The server sent 50 rows we already had; this list may be incomplete.',
  )
  await expect(notice(page).getByRole('button', { name: 'Retry' })).toHaveCount(0)
  expect(distinct(cursors), `cursors requested: ${cursors.join(', ')}`).toBe(true)
  await expect(firstEmail(page)).toHaveText(email ?? '')
})

test('rows repeated across pages (an overlap) are shown once and counted', async ({ page }) => {
  const cursors = await faultOnSecondPage(page, () => ({ 'x-mock-overlap-rows': '5' }))
  await page.goto('/leads')
  const table = grid(page, 'Leads')
  await expectLoadedRows(table, 50)
  await scrollUntil(page, async () => (await loadedRows(table)) >= 95, 'page 2 loads')
  await expect(notice(page)).toContainText('The server sent 5 rows we already had')
  // The overlap moved the cursor back by five, so no row was skipped: 45 new rows on page 2.
  await scrollUntil(page, async () => (await loadedRows(table)) >= 145, 'page 3 loads')
  expect((await loadedRows(table)) % 50).toBe(45)
  expect(distinct(cursors)).toBe(true)
})

test('an empty page with has_more and a new cursor is skipped quietly', async ({ page }) => {
  const cursors = await faultOnSecondPage(page, () => ({ 'x-mock-empty-page': '1' }))
  await page.goto('/leads')
  const table = grid(page, 'Leads')
  await expectLoadedRows(table, 50)
  await scrollUntil(
    page,
    async () => (await loadedRows(table)) >= 100,
    'the page after the empty one',
  )
  await expect(notice(page)).toHaveCount(0)
  expect(distinct(cursors)).toBe(true)
})

test('an empty page pointing to itself stops without a loop; Retry asks again and goes on', async ({
  page,
}) => {
  let faulty = true
  const cursors = await faultOnSecondPage(page, () =>
    faulty ? { 'x-mock-empty-page': '1', 'x-mock-repeat-page': '1' } : null,
  )
  await page.goto('/leads')
  const table = grid(page, 'Leads')
  await expectLoadedRows(table, 50)
  const email = await firstEmail(page).textContent()

  await scrollUntil(page, async () => (await notice(page).count()) === 1, 'the stop notice')
  await expect(notice(page)).toContainText(
    'The server sent an empty page but said more rows exist, so loading stopped.',
  )
  // Scrolling on asks for nothing more: the request log shows no loop.
  await scrollToBottom(table)
  await page.waitForTimeout(500)
  expect(cursors).toHaveLength(2)
  expect(await loadedRows(table)).toBe(50)

  faulty = false
  await notice(page).getByRole('button', { name: 'Retry' }).click()
  await expect(notice(page)).toHaveCount(0)
  await scrollUntil(page, async () => (await loadedRows(table)) >= 100, 'the retried page')
  await expect(firstEmail(page)).toHaveText(email ?? '')
  // The retry asked for the same cursor once more; after it, every cursor is new.
  expect(cursors[2]).toBe(cursors[1])
  expect(distinct(cursors.slice(2))).toBe(true)
})

test('a repeated cursor stops paging, keeping every row, with a Retry', async ({ page }) => {
  const cursors = await faultOnSecondPage(page, () => ({ 'x-mock-repeat-page': '1' }))
  await page.goto('/leads')
  const table = grid(page, 'Leads')
  await expectLoadedRows(table, 50)
  await scrollUntil(page, async () => (await notice(page).count()) === 1, 'the stop notice')
  await expect(notice(page)).toContainText('pointed back to a page it had already sent')
  await expect(notice(page).getByRole('button', { name: 'Retry' })).toBeVisible()
  await scrollToBottom(table)
  await page.waitForTimeout(500)
  expect(cursors).toHaveLength(2)
  expect(await loadedRows(table)).toBe(100)
})

test('awkward but legal call records: every row, the call page and its transcript still show', async ({
  page,
  request,
}) => {
  const response = await request.get('/v1/calls?status=closed&limit=50', {
    headers: { authorization: 'Bearer e2e', 'x-mock-awkward-data': '1' },
  })
  const { data } = (await response.json()) as { data: Array<Record<string, unknown>> }
  // A call whose awkward transcript still holds segments (some among them broken).
  const row = data.findIndex((call) => {
    const transcript = call.transcript_data as { segments?: unknown } | null | undefined
    return Array.isArray(transcript?.segments) && transcript.segments.length > 3
  })
  expect(row, 'an awkward call with transcript segments on the first page').toBeGreaterThanOrEqual(
    0,
  )

  const errors = collectErrors(page)
  await page.route(
    (url) => url.pathname.startsWith('/v1/calls'),
    (route) => continueWith(route, { 'x-mock-awkward-data': '1' }),
  )
  await page.goto('/calls?status=closed')
  const table = grid(page, 'Calls')
  await expectLoadedRows(table, data.length)
  await expect(page.getByText("Couldn't load data")).toHaveCount(0)

  await table.locator(`tr[aria-rowindex="${row + 2}"] td[data-column-id="scheduled"]`).click()
  await expect(page).toHaveURL(`/calls/${String(data[row]?.id)}`)
  const transcript = page.getByRole('region', { name: 'Call transcript' })
  await expect(transcript.getByRole('heading', { level: 2, name: 'Transcript' })).toBeVisible()
  await expect(page.getByText("Couldn't load this call")).toHaveCount(0)
  await expect(transcript.getByRole('region', { name: 'Transcript segments' })).toBeVisible()
  expect(errors).toEqual([])
})

test('awkward but legal lead records: the table fills and a lead sheet opens', async ({ page }) => {
  const errors = collectErrors(page)
  await page.route(
    (url) => url.pathname.startsWith('/v1/leads'),
    (route) => continueWith(route, { 'x-mock-awkward-data': '1' }),
  )
  await page.goto('/leads')
  const table = grid(page, 'Leads')
  await expectLoadedRows(table, 50)
  await table.locator('tr[aria-rowindex="2"] td[data-column-id="created"]').click()
  await expect(page).toHaveURL(/\/leads\/[^/]+$/)
  const sheet = page.getByRole('dialog')
  await expect(sheet).toBeVisible()
  await expect(sheet.getByRole('article', { name: 'Lead details' })).toBeVisible()
  await expect(sheet.getByText('Lead id')).toBeVisible()
  expect(errors).toEqual([])
})
