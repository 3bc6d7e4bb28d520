import { expect, test } from '@playwright/test'
import {
  apiGet,
  collectErrors,
  expectLoadedRows,
  grid,
  saveScreenshot,
  seriousAxeViolations,
} from './helpers.ts'

interface Note {
  content?: unknown
  created_at?: unknown
}

interface LeadRecord {
  id: string
  full_name?: string | null
  notes?: Note[] | null
  source?: { utm_source?: string | null; utm_campaign?: string | null } | null
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''

/** A seeded (not hostile) lead on the first page with two or more notes and a UTM campaign. */
function pickLead(leads: LeadRecord[]): { lead: LeadRecord; row: number } {
  const row = leads.findIndex(
    (lead) =>
      !lead.id.startsWith('bad0c0de') &&
      isText(lead.full_name) &&
      (lead.notes ?? []).filter((note) => isText(note.content) && isText(note.created_at)).length >=
        2 &&
      isText(lead.source?.utm_source) &&
      isText(lead.source?.utm_campaign),
  )
  expect(row, 'a lead with notes and attribution on the first page').toBeGreaterThanOrEqual(0)
  return { lead: leads[row] as LeadRecord, row }
}

test("a row opens the lead's sheet: notes newest first, attribution, axe clean", async ({
  page,
  request,
}) => {
  const { data } = await apiGet<{ data: LeadRecord[] }>(request, '/v1/leads?limit=50')
  const { lead, row } = pickLead(data)
  const errors = collectErrors(page)
  await page.goto('/leads')
  const table = grid(page, 'Leads')
  await expectLoadedRows(table, 50)
  await table.locator(`tr[aria-rowindex="${row + 2}"] td[data-column-id="created"]`).click()
  await expect(page).toHaveURL(`/leads/${lead.id}`)

  const sheet = page.getByRole('dialog', { name: lead.full_name as string })
  await expect(sheet).toBeVisible()
  const notes = sheet.getByRole('group', { name: 'Notes' }).getByRole('listitem')
  const expected = (lead.notes ?? [])
    .filter((note): note is { content: string; created_at: string } => isText(note.content))
    .sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at))
  await expect(notes).toHaveCount(expected.length)
  for (const [index, note] of expected.entries()) {
    // The first words: a long note is shown collapsed.
    await expect(notes.nth(index)).toContainText(note.content.slice(0, 40).trim())
  }

  const attribution = sheet.getByRole('group', { name: 'Attribution' })
  await expect(attribution).toContainText(lead.source?.utm_source as string)
  await expect(attribution).toContainText(lead.source?.utm_campaign as string)

  expect(await seriousAxeViolations(page)).toEqual([])
  await saveScreenshot(page, 'lead-detail-sheet', { docs: true })
  expect(errors).toEqual([])
})

interface OctanistRecord {
  id: string
  name?: string | null
  email?: string | null
}

test('an Octanist row opens the same sheet with that lead; focus returns; its link works', async ({
  page,
}) => {
  const response = await page.request.get('/api/leads?status=won&limit=50', {
    headers: { 'x-api-key': 'e2e' },
  })
  const { data } = (await response.json()) as { data: OctanistRecord[] }
  const row = data.findIndex((lead) => isText(lead.name) && !lead.id.startsWith('bad0c0de'))
  const lead = data[row] as OctanistRecord
  await page.goto('/octanist?status=won')
  const table = grid(page, 'Octanist leads')
  const cell = table.locator(`tr[aria-rowindex="${row + 2}"] td[data-column-id="name"]`)
  await expect(cell).toHaveText(lead.name as string)
  await cell.click()

  await expect(page).toHaveURL(`/octanist/${lead.id}?status=won`)
  const sheet = page.getByRole('dialog', { name: lead.name as string })
  await expect(sheet).toBeVisible()
  if (isText(lead.email)) {
    await expect(sheet).toContainText(lead.email)
  }
  expect(await seriousAxeViolations(page)).toEqual([])

  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(page).toHaveURL('/octanist?status=won')
  await expect(cell).toBeFocused()

  // A shared link works while the lead is in the rows the same URL loads.
  await page.goto(`/octanist/${lead.id}?status=won`)
  await expect(sheet).toBeVisible()
})

test('an Octanist link to a lead outside the loaded rows says so instead of a blank sheet', async ({
  page,
}) => {
  await page.goto('/octanist/no-such-lead')
  await expect(page.getByRole('status').filter({ hasText: 'not in the loaded rows' })).toBeVisible()
  await expect(page.getByRole('dialog')).toHaveCount(0)
})
