import { expect, type Page, test } from '@playwright/test'
import { grid, loadedRows } from './helpers.ts'

interface OctanistPage {
  data: Array<{ name?: string | null; email?: string | null }>
  meta: { pagination: { total: number } }
}

async function octanist(page: Page, query: string): Promise<OctanistPage> {
  const response = await page.request.get(`/api/leads?${query}`, {
    headers: { 'x-api-key': 'e2e' },
  })
  expect(response.status()).toBe(200)
  return (await response.json()) as OctanistPage
}

test('server sort and search live in the URL and survive a reload', async ({ page }) => {
  const byName = await octanist(page, 'sort=name:asc&limit=1')
  const tanaka = await octanist(page, 'sort=name:asc&search=tanaka&limit=1')
  expect(tanaka.meta.pagination.total).toBeGreaterThan(0)

  await page.goto('/octanist')
  const table = grid(page, 'Octanist leads')
  const nameHeader = table.locator('th[data-column-id="name"]')
  const firstName = table.locator('tr[aria-rowindex="2"] td[data-column-id="name"]')
  await expect(table).not.toHaveAttribute('aria-busy', 'true')

  await nameHeader.getByRole('button').click()
  await expect(page).toHaveURL(/[?&]sort=name\.asc(&|$)/)
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending')
  await expect(firstName).toHaveText(byName.data[0]?.name ?? '—')

  await page.getByRole('searchbox', { name: 'Search' }).fill('tanaka')
  await expect(page).toHaveURL(/[?&]q=tanaka(&|$)/)
  await expect(firstName).toHaveText(tanaka.data[0]?.name ?? '—')
  await expect.poll(() => loadedRows(table)).toBe(Math.min(tanaka.meta.pagination.total, 50))
  for (const row of await table.locator('tbody tr').allInnerTexts()) {
    expect(row.toLowerCase()).toContain('tanaka')
  }

  await page.reload()
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('tanaka')
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending')
  await expect(firstName).toHaveText(tanaka.data[0]?.name ?? '—')

  // Shift-click adds a second key; a plain click on the first flips it.
  await table
    .locator('th[data-column-id="createdAt"]')
    .getByRole('button')
    .click({
      modifiers: ['Shift'],
    })
  await expect(page).toHaveURL(/[?&]sort=name\.asc%2CcreatedAt\.asc(&|$)/)
})

test('an Octanist filter goes into the URL', async ({ page }) => {
  await page.goto('/octanist?status=won')
  const table = grid(page, 'Octanist leads')
  const status = page.getByRole('combobox', { name: 'Status' })
  await expect(status).toHaveValue('won')
  await expect(status.locator('option:checked')).toHaveText('Won')
  await expect(table.locator('tr[aria-rowindex="2"]')).toBeVisible()
  expect(new Set(await table.locator('tbody td[data-column-id="status"]').allInnerTexts())).toEqual(
    new Set(['Won']),
  )
  // A native select: the arrow keys change the choice without opening it (Won → Lost).
  await status.focus()
  await page.keyboard.press('ArrowDown')
  await expect(page).toHaveURL(/[?&]status=lost(&|$)/)
  await expect(status).toHaveValue('lost')
  await expect(status).toBeFocused()
})
