import { expect, type Page, test } from '@playwright/test'
import {
  apiGet,
  collectErrors,
  expectLoadedRows,
  grid,
  saveScreenshot,
  seriousAxeViolations,
} from './helpers.ts'

interface Item {
  id: string
}

/** Opens a page, waits for its content, then checks errors, axe and saves a screenshot. */
async function checkPage(
  page: Page,
  path: string,
  name: string,
  ready: () => Promise<void>,
  screenshot: { docs?: boolean } = {},
) {
  const errors = collectErrors(page)
  await page.goto(path)
  await ready()
  expect(await seriousAxeViolations(page)).toEqual([])
  await saveScreenshot(page, name, screenshot)
  expect(errors).toEqual([])
}

test('leads: rows with the hostile records render as text, no errors, axe clean', async ({
  page,
}) => {
  await checkPage(
    page,
    '/leads',
    'leads',
    async () => {
      await expect(page.getByRole('heading', { level: 1, name: 'Leads' })).toBeVisible()
      await expectLoadedRows(grid(page, 'Leads'), 50)
    },
    { docs: true },
  )
  await expect(page).toHaveTitle('Leads · aura-kit demo')
  // The first page holds the mock's hostile leads: their javascript: URLs never become links.
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0)
  await expect(page.locator('script:not([type="module"])')).toHaveCount(0)
})

test('leads in dark mode: axe clean (contrast included)', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('aura-kit-demo:theme', 'dark'))
  await checkPage(
    page,
    '/leads',
    'leads-dark',
    async () => {
      await expectLoadedRows(grid(page, 'Leads'), 50)
      await expect(page.locator('.aura-root[data-theme="dark"]')).toHaveCount(1)
    },
    { docs: true },
  )
})

test('lead sheet: opens from its URL', async ({ page, request }) => {
  const { data } = await apiGet<{ data: Item[] }>(request, '/v1/leads?limit=1')
  const lead = data[0] as Item
  await checkPage(page, `/leads/${lead.id}`, 'lead-sheet', async () => {
    const sheet = page.getByRole('dialog')
    await expect(sheet).toBeVisible()
    await expect(sheet.getByText(lead.id)).toBeVisible()
  })
})

test('calls: rows, no errors, axe clean', async ({ page }) => {
  await checkPage(page, '/calls', 'calls', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'Calls' })).toBeVisible()
    await expectLoadedRows(grid(page, 'Calls'), 50)
  })
})

test('call page: details, recording and transcript from its URL', async ({ page, request }) => {
  const { data } = await apiGet<{ data: Item[] }>(request, '/v1/calls?limit=1')
  const call = data[0] as Item
  await checkPage(page, `/calls/${call.id}`, 'call', async () => {
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Call on')
    const transcript = page.getByRole('region', { name: 'Call transcript' })
    await expect(transcript.getByRole('heading', { level: 2, name: 'Transcript' })).toBeVisible()
    await expect(transcript).not.toHaveAttribute('aria-busy', 'true')
  })
})

test('a recorded call in dark mode: player, search hits, axe clean (contrast included)', async ({
  page,
  request,
}) => {
  const { data } = await apiGet<{ data: Array<Item & { has_recording?: boolean | null }> }>(
    request,
    '/v1/calls?limit=100',
  )
  const call = data.find((item) => item.has_recording) as Item
  await page.addInitScript(() => localStorage.setItem('aura-kit-demo:theme', 'dark'))
  await checkPage(page, `/calls/${call.id}`, 'call-dark', async () => {
    await expect(page.getByRole('region', { name: 'Transcript segments' })).toBeVisible()
    await expect(page.locator('audio')).toHaveCount(1)
    await page.getByRole('searchbox', { name: 'Search transcript' }).fill('the')
    await expect(page.locator('mark[data-current]')).toHaveCount(1)
    await expect(page.locator('.aura-root[data-theme="dark"]')).toHaveCount(1)
  })
})

test('octanist: rows, no errors, axe clean', async ({ page }) => {
  await checkPage(page, '/octanist', 'octanist', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'Octanist leads' })).toBeVisible()
    await expect(grid(page, 'Octanist leads')).not.toHaveAttribute('aria-rowcount', '1')
    await expect(grid(page, 'Octanist leads')).not.toHaveAttribute('aria-busy', 'true')
  })
})

test('connect: form, no errors, axe clean', async ({ page }) => {
  await checkPage(page, '/connect', 'connect', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'Connect' })).toBeVisible()
    await expect(page.getByTestId('current-connection')).toContainText('embedded mock')
  })
})

test('an unknown URL shows the not-found page inside the shell', async ({ page }) => {
  await checkPage(page, '/no/such/page', 'not-found', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
  })
})
