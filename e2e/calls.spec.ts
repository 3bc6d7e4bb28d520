import { expect, test } from '@playwright/test'
import { allItems, apiGet, columnTexts, expectLoadedRows, grid } from './helpers.ts'

interface CallRow {
  id: string
  lead_id?: string | null
}

interface LeadRecord {
  id: string
  full_name?: string | null
  email?: string | null
}

test('filter calls in the URL, open one on its own page, come back to the same list', async ({
  page,
  request,
}) => {
  const closed = await allItems<CallRow>(request, '/v1/calls?status=closed')
  expect(closed.length).toBeGreaterThan(0)
  await page.goto('/calls')
  const table = grid(page, 'Calls')
  await expectLoadedRows(table, 50)

  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Closed' })
  await expect(page).toHaveURL(/\/calls\?status=closed$/)
  await expect
    .poll(async () => new Set(await columnTexts(table, 'status')))
    .toEqual(new Set(['Closed']))
  await expectLoadedRows(table, Math.min(closed.length, 50))

  const first = closed[0] as CallRow
  await table.locator('tr[aria-rowindex="2"] td[data-column-id="scheduled"]').click()
  await expect(page).toHaveURL(`/calls/${first.id}`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Call on')
  const transcript = page.getByRole('region', { name: 'Call transcript' })
  await expect(transcript).toContainText('Closed')
  await expect(transcript.getByRole('heading', { level: 2, name: 'Transcript' })).toBeVisible()

  await page.reload()
  await expect(transcript).toContainText('Closed')

  await page.getByRole('link', { name: '← All calls' }).click()
  await expect(page).toHaveURL(/\/calls\?status=closed$/)
  const status = page.getByRole('combobox', { name: 'Status' })
  await expect(status).toHaveValue('closed')
  await expect(status.locator('option:checked')).toHaveText('Closed')
})

test("a call's lead link names the lead and opens its sheet", async ({ page, request }) => {
  const calls = await allItems<CallRow>(request, '/v1/calls?status=closed')
  const call = calls.find((item) => item.lead_id) as CallRow
  const { data: lead } = await apiGet<{ data: LeadRecord }>(request, `/v1/leads/${call.lead_id}`)
  const name = lead.full_name?.trim() || lead.email?.trim() || lead.id
  expect(name).not.toBe(call.lead_id)
  await page.goto(`/calls/${call.id}`)
  await page.getByRole('link', { name, exact: true }).click()
  await expect(page).toHaveURL(`/leads/${call.lead_id}`)
  await expect(page.getByRole('dialog').getByText(call.lead_id as string)).toBeVisible()
})

test('an unknown call id shows the API error, not a blank page', async ({ page }) => {
  await page.goto('/calls/00000000-0000-4000-8000-000000000000')
  await expect(page.getByRole('alert')).toContainText("Couldn't load this call")
  await expect(page.getByRole('alert')).toContainText('Request id')
})
