import { expect, type Locator, test } from '@playwright/test'
import { expectLoadedRows, grid } from './helpers.ts'

/** The kit root that carries a table's theme. */
const kitRoot = (table: Locator) =>
  table.locator('xpath=ancestor::div[contains(@class, "aura-root")][1]')

test('dark mode themes the shell and the tables, and survives a reload', async ({ page }) => {
  await page.goto('/leads')
  const leads = grid(page, 'Leads')
  await expectLoadedRows(leads, 50)
  const toggle = page.getByRole('switch', { name: 'Dark mode' })
  await expect(toggle).toHaveAttribute('aria-checked', 'false')
  await expect(kitRoot(leads)).toHaveAttribute('data-theme', 'light')
  const lightBackground = await kitRoot(leads).evaluate(
    (el) => getComputedStyle(el).backgroundColor,
  )

  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-checked', 'true')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect(kitRoot(leads)).toHaveAttribute('data-theme', 'dark')
  const darkBackground = await kitRoot(leads).evaluate((el) => getComputedStyle(el).backgroundColor)
  expect(darkBackground).not.toBe(lightBackground)
  // The status filter, a native select, takes the theme's colours; its list the dark scheme.
  const darkText = await kitRoot(leads).evaluate((el) => getComputedStyle(el).color)
  const status = page.getByRole('combobox', { name: 'Status' })
  expect(
    await status.evaluate((el) => {
      const style = getComputedStyle(el)
      return [style.backgroundColor, style.color, style.colorScheme]
    }),
  ).toEqual([darkBackground, darkText, 'dark'])

  await page.reload()
  await expect(toggle).toHaveAttribute('aria-checked', 'true')
  await expect(kitRoot(leads)).toHaveAttribute('data-theme', 'dark')

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calls' }).click()
  await expect(kitRoot(grid(page, 'Calls'))).toHaveAttribute('data-theme', 'dark')

  await toggle.click()
  await page.reload()
  await expect(toggle).toHaveAttribute('aria-checked', 'false')
  await expect(kitRoot(grid(page, 'Calls'))).toHaveAttribute('data-theme', 'light')
})
