import { expect, type Page, test } from '@playwright/test'
import {
  collectErrors,
  continueWith,
  expectLoadedRows,
  grid,
  resetMock,
  saveScreenshot,
  seriousAxeViolations,
} from './helpers.ts'

// These tests add leads to the one shared mock, so playwright.config.ts runs them in their own
// project after every other test, one at a time, and they restore the seeded data around them.
test.beforeEach(async ({ request }) => resetMock(request))
test.afterAll(async ({ request }) => resetMock(request))

const isCreate = (url: URL) => url.pathname === '/v1/leads'

async function openForm(page: Page) {
  await page.goto('/leads')
  await expectLoadedRows(grid(page, 'Leads'), 50)
  await page.getByRole('button', { name: 'New lead' }).click()
  const dialog = page.getByRole('dialog', { name: 'New lead' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('textbox', { name: 'Email' })).toBeFocused()
  return dialog
}

/** The new lead is the table's first row, and still is after a reload (newest first on the server). */
async function expectFirstRow(page: Page, name: string, email: string) {
  const table = grid(page, 'Leads')
  const first = table.locator('tr[aria-rowindex="2"]')
  await expect(first.locator('td[data-column-id="name"]')).toHaveText(name)
  await expect(first.locator('td[data-column-id="email"]')).toHaveText(email)
  await page.reload()
  await expectLoadedRows(table, 50)
  await expect(first.locator('td[data-column-id="name"]')).toHaveText(name)
}

test('create a lead: a bad phone is flagged inline with the values kept, then it is created at the top', async ({
  page,
}) => {
  const errors = collectErrors(page)
  const dialog = await openForm(page)
  expect(await seriousAxeViolations(page)).toEqual([])
  const email = dialog.getByRole('textbox', { name: 'Email' })
  const name = dialog.getByRole('textbox', { name: 'Full name' })
  const phone = dialog.getByRole('textbox', { name: 'Phone' })
  await email.fill('ada.e2e@example.com')
  await name.fill('Ada E2E Lovelace')
  await phone.fill('415 555 2671')
  await dialog.getByRole('button', { name: 'Attribution' }).click()
  await dialog.getByRole('textbox', { name: 'UTM source' }).fill('e2e-newsletter')
  await saveScreenshot(page, 'create-lead-dialog')

  let posts = 0
  page.on('request', (request) => {
    if (request.method() === 'POST' && isCreate(new URL(request.url()))) {
      posts++
    }
  })
  await dialog.getByRole('button', { name: 'Create lead' }).click()
  // Checked in the browser with the client's own rules: nothing was sent.
  await expect(phone).toHaveAttribute('aria-invalid', 'true')
  await expect(phone).toBeFocused()
  await expect(phone).toHaveAccessibleDescription(/E\.164/)
  await expect(email).toHaveValue('ada.e2e@example.com')
  await expect(name).toHaveValue('Ada E2E Lovelace')
  await expect(dialog.getByRole('textbox', { name: 'UTM source' })).toHaveValue('e2e-newsletter')
  expect(posts).toBe(0)
  expect(await seriousAxeViolations(page)).toEqual([])
  await saveScreenshot(page, 'create-lead', { docs: true })

  await phone.fill('+1 415 555 2671')
  await expect(phone).not.toHaveAttribute('aria-invalid', 'true')
  await dialog.getByRole('button', { name: 'Create lead' }).click()
  await expect(dialog).toHaveCount(0)
  expect(posts).toBe(1)
  await expect(page.getByRole('button', { name: 'New lead' })).toBeFocused()
  const created = page.getByRole('status').filter({ hasText: 'Created' })
  await expect(created).toContainText('Ada E2E Lovelace')

  // Its sheet shows what was sent, phone normalised to E.164.
  await created.getByRole('link', { name: 'Ada E2E Lovelace' }).click()
  const sheet = page.getByRole('dialog', { name: 'Ada E2E Lovelace' })
  await expect(sheet).toContainText('+14155552671')
  await expect(sheet.getByRole('group', { name: 'Attribution' })).toContainText('e2e-newsletter')
  await page.keyboard.press('Escape')

  await expectFirstRow(page, 'Ada E2E Lovelace', 'ada.e2e@example.com')
  expect(errors).toEqual([])
})

test('a 500 on create keeps the values and shows the message and request id; the retry succeeds', async ({
  page,
}) => {
  let failing = true
  await page.route(isCreate, (route) =>
    failing && route.request().method() === 'POST'
      ? continueWith(route, { 'x-mock-status': '500' })
      : route.continue(),
  )
  const dialog = await openForm(page)
  const email = dialog.getByRole('textbox', { name: 'Email' })
  await email.fill('grace.e2e@example.com')
  await dialog.getByRole('textbox', { name: 'Full name' }).fill('Grace E2E Hopper')
  await dialog.getByRole('button', { name: 'Create lead' }).click()

  const alert = dialog.getByRole('alert')
  await expect(alert).toContainText("Couldn't create the lead")
  await expect(alert).toContainText(/Request id: \S+/)
  await expect(alert).toBeFocused()
  await expect(email).toHaveValue('grace.e2e@example.com')
  await expect(dialog.getByRole('textbox', { name: 'Full name' })).toHaveValue('Grace E2E Hopper')
  // The optimistic row was rolled back. (A CSS locator: the modal hides the grid from roles.)
  const firstName = page.locator('tr[aria-rowindex="2"] td[data-column-id="name"]')
  await expect(firstName).toHaveCount(1)
  await expect(firstName).not.toHaveText('Grace E2E Hopper')

  failing = false
  await dialog.getByRole('button', { name: 'Create lead' }).click()
  await expect(dialog).toHaveCount(0)
  await expectFirstRow(page, 'Grace E2E Hopper', 'grace.e2e@example.com')
})
