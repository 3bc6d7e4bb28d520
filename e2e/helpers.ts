import { mkdir, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import AxeBuilder from '@axe-core/playwright'
import { expect, type Locator, type Page, type Route } from '@playwright/test'

/** The kit's grid by its accessible name ("Leads", "Calls", "Octanist leads"). */
export const grid = (page: Page, name: string): Locator =>
  page.getByRole('grid', { name, exact: true })

/** Rows the grid has loaded (aria-rowcount counts the header row too). */
export async function loadedRows(table: Locator): Promise<number> {
  return Number(await table.getAttribute('aria-rowcount')) - 1
}

/** The grid's scroll container. */
const scroller = (table: Locator): Locator =>
  table.locator('xpath=ancestor::div[contains(@class, "aura-scroll")][1]')

export async function scrollToBottom(table: Locator): Promise<void> {
  await scroller(table).evaluate((element) => {
    element.scrollTop = element.scrollHeight
  })
}

export async function scrollToTop(table: Locator): Promise<void> {
  await scroller(table).evaluate((element) => {
    element.scrollTop = 0
  })
}

/** Every uncaught page error and console error from now on. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') {
      errors.push(`console: ${message.text()}`)
    }
  })
  return errors
}

/**
 * Waits for running one-off animations (a sheet sliding in), so axe sees final colours. Only
 * time-driven ones: a scroll-driven animation (the grid's scroll probe) follows the scroll
 * position and never finishes.
 */
export async function finiteAnimationsDone(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter(
          (animation) =>
            animation.timeline instanceof DocumentTimeline &&
            animation.effect?.getTiming().iterations !== Number.POSITIVE_INFINITY,
        )
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  )
}

export interface AxeFinding {
  id: string
  impact: string | null | undefined
  help: string
  targets: string[]
}

/** axe with WCAG 2 A and AA rules; returns only the serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeFinding[]> {
  await finiteAnimationsDone(page)
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa'])
    // The demo has no iframes; legacy mode skips the extra blank page and halves the run time.
    .setLegacyMode(true)
    .analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }))
}

const SCREENSHOTS = fileURLToPath(new URL('./artifacts/screenshots/', import.meta.url))
const DOCS_SCREENSHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url))
const DOCS_SCALE = 0.75

/**
 * A full-page screenshot kept as a CI artifact (git-ignored). With `docs` and
 * `UPDATE_DOCS_SCREENSHOTS=1`, also a copy at 3/4 size (960 px wide) into the committed
 * `docs/screenshots/` that the README shows; a plain test run leaves the checkout clean.
 */
export async function saveScreenshot(
  page: Page,
  name: string,
  options: { docs?: boolean } = {},
): Promise<void> {
  await finiteAnimationsDone(page)
  await mkdir(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true })
  if (options.docs && process.env.UPDATE_DOCS_SCREENSHOTS === '1') {
    await mkdir(DOCS_SCREENSHOTS, { recursive: true })
    await writeFile(`${DOCS_SCREENSHOTS}${name}.png`, await scaledScreenshot(page, DOCS_SCALE))
  }
}

/**
 * The whole page rendered at `scale` by Chromium itself (CDP's clip scale): small files with
 * crisp text, and the page's layout untouched.
 */
async function scaledScreenshot(page: Page, scale: number): Promise<Buffer> {
  const size = await page.evaluate(() => ({
    width: document.documentElement.clientWidth,
    height: Math.max(document.documentElement.scrollHeight, window.innerHeight),
  }))
  const cdp = await page.context().newCDPSession(page)
  try {
    const { data } = await cdp.send('Page.captureScreenshot', {
      format: 'png',
      captureBeyondViewport: true,
      clip: { x: 0, y: 0, ...size, scale },
    })
    return Buffer.from(data, 'base64')
  } finally {
    await cdp.detach()
  }
}

/** Continues a routed request with extra `x-mock-*` headers: a fault for this request only. */
export function continueWith(route: Route, headers: Record<string, string>): Promise<void> {
  return route.continue({ headers: { ...route.request().headers(), ...headers } })
}

/** Waits until the grid has loaded `count` rows. */
export async function expectLoadedRows(table: Locator, count: number): Promise<void> {
  await expect(table).toHaveAttribute('aria-rowcount', String(count + 1))
}

/** Reads the embedded mock directly (any bearer works there). */
export async function apiGet<T>(
  request: import('@playwright/test').APIRequestContext,
  path: string,
): Promise<T> {
  const response = await request.get(path, { headers: { authorization: 'Bearer e2e' } })
  expect(response.status(), `GET ${path}`).toBe(200)
  return (await response.json()) as T
}

interface AuraPage<T> {
  data: T[]
  pagination?: { next_cursor?: string | null; has_more?: boolean }
}

/** Every item of an Aura list, straight from the mock, in the order the tables show them. */
export async function allItems<T>(
  request: import('@playwright/test').APIRequestContext,
  path: string,
): Promise<T[]> {
  const items: T[] = []
  let cursor: string | null | undefined
  do {
    const separator = path.includes('?') ? '&' : '?'
    const url = `${path}${separator}limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`
    const page = await apiGet<AuraPage<T>>(request, url)
    items.push(...page.data)
    cursor = page.pagination?.has_more ? page.pagination.next_cursor : null
  } while (cursor)
  return items
}

/** The text of one column's cells among the rendered rows. */
export function columnTexts(table: Locator, columnId: string): Promise<string[]> {
  return table.locator(`tbody td[data-column-id="${columnId}"]`).allInnerTexts()
}

/** Restores the mock's seeded data (tests that create leads start and end with it). */
export async function resetMock(request: import('@playwright/test').APIRequestContext) {
  const response = await request.post('/__mock/reset')
  expect(response.ok(), 'POST /__mock/reset').toBe(true)
}

/** Holds the matching requests until `release()`, then lets them through with `headers`. */
export function holdRequests(headers: Record<string, string> = {}) {
  let release = () => {}
  const released = new Promise<void>((resolve) => {
    release = resolve
  })
  return {
    release: () => release(),
    handler: async (route: Route) => {
      await released
      await continueWith(route, headers)
    },
  }
}
