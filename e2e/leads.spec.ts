import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import {
  allItems,
  apiGet,
  collectErrors,
  columnTexts,
  expectLoadedRows,
  grid,
  loadedRows,
  scrollToBottom,
  seriousAxeViolations,
} from './helpers.ts'

interface LeadRow {
  id: string
  full_name?: string | null
  status?: string | null
}

test('scrolling loads page after page until the end of the list', async ({ page, request }) => {
  const leads = await allItems<LeadRow>(request, '/v1/leads')
  const last = leads.at(-1) as LeadRow
  await page.goto('/leads')
  const table = grid(page, 'Leads')
  await expectLoadedRows(table, 50)
  await expect
    .poll(
      async () => {
        await scrollToBottom(table)
        return loadedRows(table)
      },
      { message: 'rows loaded while scrolling', timeout: 60_000 },
    )
    .toBe(leads.length)
  await scrollToBottom(table)
  const lastRow = table.locator(`tr[aria-rowindex="${leads.length + 1}"]`)
  await expect(lastRow).toBeVisible()
  await expect(lastRow.locator('td[data-column-id="name"]')).toHaveText(last.full_name ?? '—')
  // The end: no fetch in flight and nothing more to load.
  await expect(table).not.toHaveAttribute('aria-busy', 'true')
  await expect(page.getByRole('button', { name: 'Load more' })).toHaveCount(0)
  await expect(page.getByText('Loading more…')).toHaveCount(0)
})

test('filters go into the URL and a reload shows the same rows', async ({ page, request }) => {
  const won = await allItems<LeadRow>(request, '/v1/leads?status=won&source=google')
  expect(won.length).toBeGreaterThan(0)
  await page.goto('/leads')
  const table = grid(page, 'Leads')
  await expectLoadedRows(table, 50)

  const status = page.getByRole('combobox', { name: 'Status' })
  await expect(status).toHaveValue('')
  await expect(status.locator('option:checked')).toHaveText('Any')
  await status.selectOption({ label: 'Won' })
  await expect(page).toHaveURL(/[?&]status=won(&|$)/)
  await page.getByRole('textbox', { name: 'Source' }).fill('google')
  await page.getByRole('textbox', { name: 'Source' }).press('Enter')
  await expect(page).toHaveURL(/[?&]source=google(&|$)/)
  await expect
    .poll(async () => new Set(await columnTexts(table, 'status')))
    .toEqual(new Set(['Won']))
  await expectLoadedRows(table, Math.min(won.length, 50))
  const firstNames = await columnTexts(table, 'name')

  await page.reload()
  await expect(page).toHaveURL(/[?&]status=won(&|$)/)
  await expect(status).toHaveValue('won')
  await expect(status.locator('option:checked')).toHaveText('Won')
  await expect(page.getByRole('textbox', { name: 'Source' })).toHaveValue('google')
  await expectLoadedRows(table, Math.min(won.length, 50))
  expect(await columnTexts(table, 'name')).toEqual(firstNames)

  // Clearing from the table empties the URL too.
  await status.selectOption({ label: 'Any' })
  await expect(page).not.toHaveURL(/status=/)
  await expect(status).toHaveValue('')
})

test('the Columns menu loads its code on first use and hides a column from the keyboard', async ({
  page,
}) => {
  const errors = collectErrors(page)
  await page.goto('/leads')
  const table = grid(page, 'Leads')
  await expectLoadedRows(table, 50)
  const trigger = page.getByRole('button', { name: 'Columns' })
  await expect(trigger).toHaveAttribute('aria-haspopup', 'menu')
  await expect(trigger).toHaveAttribute('aria-expanded', 'false')
  await expect(page.getByRole('menu')).toHaveCount(0)

  // Focusing the button fetches the menu's chunk; Enter opens it on the first item.
  const scripts: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'script') {
      scripts.push(request.url())
    }
  })
  await trigger.focus()
  await page.keyboard.press('Enter')
  const menu = page.getByRole('menu', { name: 'Columns' })
  await expect(menu).toBeVisible()
  expect(scripts.length).toBeGreaterThan(0)
  await expect(trigger).toHaveAttribute('aria-expanded', 'true')
  await expect(trigger).toHaveAttribute('aria-controls', (await menu.getAttribute('id')) ?? '')
  const items = menu.getByRole('menuitemcheckbox')
  await expect(items.first()).toBeFocused()
  await expect(items.first()).toHaveAccessibleName('Name')
  // Under its trigger, inside the viewport.
  const triggerBox = await trigger.boundingBox()
  const menuBox = await menu.boundingBox()
  expect(menuBox?.y).toBeGreaterThanOrEqual((triggerBox?.y ?? 0) + (triggerBox?.height ?? 0))
  expect(await seriousAxeViolations(page)).toEqual([])

  await page.keyboard.press('ArrowDown')
  const email = menu.getByRole('menuitemcheckbox', { name: 'Email' })
  await expect(email).toBeFocused()
  await page.keyboard.press('Space')
  await expect(email).toHaveAttribute('aria-checked', 'false')
  await expect(table.getByRole('columnheader', { name: 'Email' })).toHaveCount(0)
  await page.keyboard.press('Escape')
  await expect(menu).toHaveCount(0)
  await expect(trigger).toBeFocused()
  await expect(trigger).toHaveAttribute('aria-expanded', 'false')

  // Opened again, by pointer this time: at once, with Email still unchecked.
  await trigger.click()
  await expect(email).toHaveAttribute('aria-checked', 'false')
  await email.click()
  await expect(table.getByRole('columnheader', { name: 'Email' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(menu).toHaveCount(0)
  expect(errors).toEqual([])
})

test('a row opens its lead at a shareable URL; reload keeps it; Escape goes back', async ({
  page,
  request,
}) => {
  await page.goto('/leads?status=won')
  const table = grid(page, 'Leads')
  const firstRow = table.locator('tbody tr').first()
  await expect(firstRow).toBeVisible()
  await firstRow.locator('td[data-column-id="created"]').click()

  await expect(page).toHaveURL(/\/leads\/[0-9a-f-]{36}\?status=won$/)
  const id = new URL(page.url()).pathname.split('/').at(-1) as string
  const { data: lead } = await apiGet<{ data: LeadRow }>(request, `/v1/leads/${id}`)
  // The first won lead is one of the mock's hostile ones (no name): the sheet falls back.
  const title = lead.full_name || 'Unnamed lead'
  const sheet = page.getByRole('dialog')
  await expect(sheet.getByRole('heading', { level: 2 })).toHaveText(title)
  await expect(sheet.getByText(id)).toBeVisible()
  await expect(sheet.getByText('Won', { exact: true })).toBeVisible()

  await page.reload()
  await expect(sheet.getByRole('heading', { level: 2 })).toHaveText(title)

  await page.keyboard.press('Escape')
  await expect(sheet).toHaveCount(0)
  await expect(page).toHaveURL(/\/leads\?status=won$/)
  await expect(firstRow).toBeVisible()
})

test('Export CSV downloads every lead that matches the URL filters', async ({ page, request }) => {
  const matching = await allItems<LeadRow>(request, '/v1/leads?status=won')
  await page.goto('/leads?status=won')
  await expect(grid(page, 'Leads').locator('tr[aria-rowindex="2"]')).toBeVisible()
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export CSV' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('leads.csv')
  const csv = await readFile(await download.path(), 'utf8')
  for (const lead of matching) {
    expect(csv).toContain(lead.id)
  }
  // Every data line starts with an id of a matching lead: nothing else was exported.
  const ids = csv.match(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?=,)/gm)
  expect(ids?.length).toBe(matching.length)
  await expect(page.getByRole('status').filter({ hasText: 'Export ready' })).toBeVisible()
})

test('keyboard: Enter on a row opens its sheet, Escape brings focus back to that cell', async ({
  page,
}) => {
  await page.goto('/leads')
  const table = grid(page, 'Leads')
  await expectLoadedRows(table, 50)
  await table.locator('tr[aria-rowindex="2"] td[data-column-id="name"]').focus()
  await page.keyboard.press('ArrowDown')
  const cell = table.locator('tr[aria-rowindex="3"] td[data-column-id="name"]')
  await expect(cell).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/leads\/[0-9a-f-]{36}$/)
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Close' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(page).toHaveURL(/\/leads$/)
  await expect(cell).toBeFocused()
})
