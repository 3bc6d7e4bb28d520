import { type APIRequestContext, expect, type Locator, type Page, test } from '@playwright/test'
// The pure aggregation functions the widgets count with, from source: the expected figures follow
// the same rules (days in the browser's zone, which the config sets to UTC).
import { callOutcomes } from '../packages/hooks/src/stats/callFigures.ts'
import type { DayRange } from '../packages/hooks/src/stats/dates.ts'
import { addDays } from '../packages/hooks/src/stats/dates.ts'
import { callFacts, leadFacts } from '../packages/hooks/src/stats/facts.ts'
import {
  AURA_FUNNEL,
  leadFunnel,
  leadSources,
  leadsOverTime,
  OCTANIST_FUNNEL,
  topSources,
} from '../packages/hooks/src/stats/leadFigures.ts'
import { en } from '../packages/ui/src/messages/en/index.ts'
import {
  allItems,
  collectErrors,
  columnTexts,
  expectLoadedRows,
  grid,
  loadedRows,
  saveScreenshot,
  seriousAxeViolations,
} from './helpers.ts'

const TIME_ZONE = 'UTC'
const text = en.insights
const leadLabel = (status: string) => (en.statuses.lead as Record<string, string>)[status] ?? status

/** A widget by its title (each is a `group` named by its heading). */
const widget = (page: Page, title: string): Locator =>
  page.getByRole('group', { name: title, exact: true })

/** Waits until the widget has counted everything: no progress bar, its data table rendered. */
async function counted(widget: Locator): Promise<void> {
  await expect(widget.locator('progress')).toHaveCount(0, { timeout: 30_000 })
  await expect(widget.getByRole('table')).toHaveCount(1)
}

const integer = (cell: string) => Number(cell.replace(/[^\d]/g, ''))

/** The widget's visually hidden table as `label → first figure`. */
async function tableFigures(widget: Locator): Promise<Map<string, number>> {
  const rows = await widget
    .getByRole('table')
    .locator('tbody tr')
    .evaluateAll((elements) =>
      elements.map((row) => [
        row.querySelector('th')?.textContent ?? '',
        row.querySelector('td')?.textContent ?? '',
      ]),
    )
  return new Map(rows.map(([label, figure]) => [label as string, integer(figure as string)]))
}

/** The days the page counts, as its date inputs show them. */
async function shownRange(page: Page): Promise<DayRange> {
  return {
    from: await page.getByLabel('From', { exact: true }).inputValue(),
    to: await page.getByLabel('To', { exact: true }).inputValue(),
  }
}

interface Octanist {
  meta: { pagination: { total: number } }
}

/** Octanist's exact count for a filter (createdAt in the browser's zone, UTC here). */
async function octanistTotal(
  request: APIRequestContext,
  range: DayRange,
  filter: Record<string, string> = {},
): Promise<number> {
  const query = new URLSearchParams({
    limit: '1',
    'createdAt[gte]': `${range.from}T00:00:00.000Z`,
    'createdAt[lt]': `${addDays(range.to, 1)}T00:00:00.000Z`,
    ...filter,
  })
  const response = await request.get(`/api/leads?${query}`, { headers: { 'x-api-key': 'e2e' } })
  expect(response.status()).toBe(200)
  return ((await response.json()) as Octanist).meta.pagination.total
}

/** The data switch: the radio follows the URL, so it is checked once the page has moved. */
async function showOctanist(page: Page): Promise<void> {
  const radio = page.getByRole('radio', { name: 'Octanist leads' })
  await radio.click()
  await expect(radio).toBeChecked()
}

let leadsOnce: Promise<unknown[]> | undefined
let callsOnce: Promise<unknown[]> | undefined
const allLeads = (request: APIRequestContext) =>
  (leadsOnce ??= allItems<unknown>(request, '/v1/leads'))
const allCalls = (request: APIRequestContext) =>
  (callsOnce ??= allItems<unknown>(request, '/v1/calls'))

test('the overview is the home page, in the navigation, and reads the mock’s clock', async ({
  page,
}) => {
  const errors = collectErrors(page)
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()
  await expect(page).toHaveTitle('Overview · aura-kit demo')
  const nav = page.getByRole('navigation', { name: 'Main' })
  await expect(nav.getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page')
  // The mock's clock started at 2026-06-01 (the date its data is built around), whatever the
  // date in this browser: the default period is the 30 days up to it.
  await expect(page.getByLabel('Period', { exact: true })).toHaveValue('30')
  await expect.poll(() => shownRange(page)).toEqual({ from: '2026-05-03', to: '2026-06-01' })
  await counted(widget(page, text.funnelTitle))
  await nav.getByRole('link', { name: 'Leads' }).click()
  await expect(page).toHaveURL(/\/leads$/)
  await nav.getByRole('link', { name: 'Overview' }).click()
  await expect(page).toHaveURL(/\/$/)
  expect(errors).toEqual([])
})

test('Aura: the funnel, sources, key figures and call outcomes equal the mock’s own data', async ({
  page,
  request,
}) => {
  const errors = collectErrors(page)
  await page.goto('/')
  await page.getByLabel('Period', { exact: true }).selectOption('90')
  await expect(page).toHaveURL(/[?&]period=90(&|$)/)
  const range = { from: addDays('2026-06-01', -89), to: '2026-06-01' }
  // The inputs follow the URL a render later.
  await expect.poll(() => shownRange(page)).toEqual(range)

  const leads = (await allLeads(request)).map((lead) => leadFacts(lead))
  const calls = (await allCalls(request)).map(callFacts)
  const options = { range, timeZone: TIME_ZONE }

  const funnel = widget(page, text.funnelTitle)
  await counted(funnel)
  const expectedFunnel = leadFunnel(leads, AURA_FUNNEL, options)
  expect(expectedFunnel.total).toBeGreaterThan(0)
  expect(await tableFigures(funnel)).toEqual(
    new Map([
      ...expectedFunnel.steps.map((step) => [leadLabel(step.status), step.count]),
      ...expectedFunnel.beside.map((step) => [leadLabel(step.status), step.count]),
      [text.otherStatus, expectedFunnel.other],
    ] as Array<[string, number]>),
  )

  const sources = widget(page, text.sourcesTitle)
  await counted(sources)
  const expectedSources = topSources(leadSources(leads, options), 6)
  const shownSources = await tableFigures(sources)
  expect([...shownSources.values()]).toEqual([
    ...expectedSources.items.map((item) => item.count),
    ...(expectedSources.other > 0 ? [expectedSources.other] : []),
  ])
  expect([...shownSources.keys()].slice(0, expectedSources.items.length)).toEqual(
    expectedSources.items.map((item) => item.source ?? text.noSource),
  )

  const overTime = widget(page, text.overTimeTitle)
  await counted(overTime)
  const expectedSeries = leadsOverTime(leads, options)
  // 90 days are counted by week: 13 buckets, the last one 6 days long.
  expect(expectedSeries.bucket).toBe('week')
  expect([...(await tableFigures(overTime)).values()]).toEqual(
    expectedSeries.points.map((point) => point.count),
  )
  expect(expectedSeries.total).toBe(expectedFunnel.total)

  const kpis = page.getByRole('group', { name: 'Key figures' })
  await expect(kpis).not.toHaveAttribute('aria-busy', 'true')
  await expect(
    kpis.getByRole('group', { name: text.totalLeads }).locator('.aura-kpi-value'),
  ).toHaveText(String(expectedFunnel.total))
  const won = expectedFunnel.steps.find((step) => step.status === 'won')?.count
  await expect(
    kpis.getByRole('group', { name: 'Leads won' }).locator('.aura-kpi-value'),
  ).toHaveText(String(won))

  const outcomes = widget(page, text.outcomesTitle)
  await counted(outcomes)
  const expectedOutcomes = callOutcomes(calls, options)
  const shownOutcomes = await tableFigures(outcomes)
  for (const key of [
    'completed',
    'noShow',
    'cancelled',
    'rescheduled',
    'scheduled',
    'other',
  ] as const) {
    expect(shownOutcomes.get(text.outcomes[key]), key).toBe(expectedOutcomes[key])
  }
  await expect(
    kpis.getByRole('group', { name: 'Calls in this period' }).locator('.aura-kpi-value'),
  ).toHaveText(String(expectedOutcomes.total))
  expect(errors).toEqual([])
})

test('a custom period from the date inputs is counted and kept in the URL', async ({
  page,
  request,
}) => {
  await page.goto('/')
  await expect.poll(() => shownRange(page)).toEqual({ from: '2026-05-03', to: '2026-06-01' })
  // Both days in one task, as fast hands (or a slow machine) deliver them: the second edit must
  // build on the first, though the URL has not caught up yet.
  await page.evaluate(
    ({ from, to }) => {
      const setDate = (label: string, value: string) => {
        const input = [...document.querySelectorAll('label')].find(
          (element) => element.textContent === label,
        )?.control as HTMLInputElement
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(
          input,
          value,
        )
        input.dispatchEvent(new Event('input', { bubbles: true }))
      }
      setDate('From', from)
      setDate('To', to)
    },
    { from: '2025-12-01', to: '2026-02-28' },
  )
  await expect(page).toHaveURL(/[?&]from=2025-12-01&to=2026-02-28(&|$)/)
  await expect(page.getByLabel('Period', { exact: true })).toHaveValue('custom')
  const funnel = widget(page, text.funnelTitle)
  await counted(funnel)
  const range = { from: '2025-12-01', to: '2026-02-28' }
  const leads = (await allLeads(request)).map((lead) => leadFacts(lead))
  const expected = leadFunnel(leads, AURA_FUNNEL, { range, timeZone: TIME_ZONE })
  const shown = await tableFigures(funnel)
  expect([...shown.values()].reduce((all, count) => all + count, 0)).toBe(expected.total)

  await page.reload()
  await expect.poll(() => shownRange(page)).toEqual(range)
  await expect(page.getByLabel('Period', { exact: true })).toHaveValue('custom')
})

test('a click on a source bar opens the leads table filtered by that source', async ({
  page,
  request,
}) => {
  const errors = collectErrors(page)
  await page.goto('/?period=90')
  const sources = widget(page, text.sourcesTitle)
  await counted(sources)
  await sources.getByRole('button', { name: /^google\b/ }).click()
  await expect(page).toHaveURL(/\/leads\?source=google$/)
  const matching = await allItems<unknown>(request, '/v1/leads?source=google')
  expect(matching.length).toBeGreaterThan(0)
  const table = grid(page, 'Leads')
  await expectLoadedRows(table, Math.min(matching.length, 50))
  await expect(page.getByRole('textbox', { name: 'Source' })).toHaveValue('google')
  // The rows in view (the grid renders only those): every one is from google.
  const shown = await columnTexts(table, 'source')
  expect(shown.length).toBeGreaterThan(0)
  for (const cell of shown) {
    expect(cell).toMatch(/^google\b/)
  }
  expect(errors).toEqual([])
})

test('keyboard: arrows move between the funnel steps and Enter opens one', async ({ page }) => {
  await page.goto('/')
  const funnel = widget(page, text.funnelTitle)
  await counted(funnel)
  const first = funnel.getByRole('button', { name: new RegExp(`^${leadLabel('new')}\\b`) })
  await first.focus()
  await page.keyboard.press('ArrowDown')
  const contacted = funnel.getByRole('button', {
    name: new RegExp(`^${leadLabel('contacted')}\\b`),
  })
  await expect(contacted).toBeFocused()
  // Its tooltip shows the sentence it is described by.
  await expect(funnel.locator('.aura-chart-tooltip')).toContainText(leadLabel('contacted'))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/leads\?status=contacted$/)
  const status = page.getByRole('combobox', { name: 'Status' })
  await expect(status).toHaveValue('contacted')
  await expect(status.locator('option:checked')).toHaveText('Contacted')
  const table = grid(page, 'Leads')
  await expect.poll(() => loadedRows(table)).toBeGreaterThan(0)
  expect(new Set(await columnTexts(table, 'status'))).toEqual(new Set(['Contacted']))
})

test('a call outcome opens the calls table with that status', async ({ page, request }) => {
  await page.goto('/?period=90')
  const outcomes = widget(page, text.outcomesTitle)
  await counted(outcomes)
  await outcomes.getByRole('button', { name: new RegExp(`^${text.outcomes.noShow}\\b`) }).click()
  await expect(page).toHaveURL(/\/calls\?status=no_show$/)
  const matching = await allItems<unknown>(request, '/v1/calls?status=no_show')
  await expectLoadedRows(grid(page, 'Calls'), Math.min(matching.length, 50))
})

test('Octanist: exact counts equal the mock’s totals for the same filters; a bar opens its table', async ({
  page,
  request,
}) => {
  const errors = collectErrors(page)
  await page.goto('/?period=90')
  await showOctanist(page)
  await expect(page).toHaveURL(/[?&]data=octanist(&|$)/)
  await expect(page.getByRole('heading', { level: 2, name: 'Octanist leads' })).toBeVisible()
  const range = await shownRange(page)

  const funnel = widget(page, text.funnelTitle)
  await counted(funnel)
  const labels = en.statuses.octanist as Record<string, string>
  const shownFunnel = await tableFigures(funnel)
  const all = await octanistTotal(request, range)
  expect(all).toBeGreaterThan(0)
  let known = 0
  for (const status of [...OCTANIST_FUNNEL.steps, ...OCTANIST_FUNNEL.beside]) {
    const total = await octanistTotal(request, range, { status })
    known += total
    expect(shownFunnel.get(labels[status] ?? status), status).toBe(total)
  }
  expect(shownFunnel.get(text.otherStatus)).toBe(all - known)

  const sources = widget(page, text.sourcesTitle)
  await counted(sources)
  const shownSources = await tableFigures(sources)
  expect([...shownSources.values()].reduce((sum, count) => sum + count, 0)).toBe(all)
  for (const [source, count] of shownSources) {
    if (source !== text.otherSources) {
      expect(count, source).toBe(await octanistTotal(request, range, { source }))
    }
  }

  const overTime = widget(page, text.overTimeTitle)
  await counted(overTime)
  await expect(
    overTime.getByRole('group', { name: text.totalLeads }).locator('.aura-kpi-value'),
  ).toHaveText(String(all))

  const [top] = [...shownSources.keys()]
  await sources.getByRole('button', { name: new RegExp(`^${top}\\b`) }).click()
  await expect(page).toHaveURL(
    new RegExp(`/octanist\\?source=${top}&createdFrom=${range.from}&createdTo=${range.to}$`),
  )
  const table = grid(page, 'Octanist leads')
  await expect(table).not.toHaveAttribute('aria-busy', 'true')
  await expect
    .poll(() => loadedRows(table))
    .toBe(Math.min(await octanistTotal(request, range, { source: top as string }), 50))
  expect(errors).toEqual([])
})

for (const theme of ['light', 'dark'] as const) {
  test(`axe is clean on both views in ${theme} mode, with no console errors`, async ({ page }) => {
    const errors = collectErrors(page)
    if (theme === 'dark') {
      await page.addInitScript(() => localStorage.setItem('aura-kit-demo:theme', 'dark'))
    }
    await page.goto('/')
    for (const title of [text.funnelTitle, text.sourcesTitle, text.outcomesTitle]) {
      await counted(widget(page, title))
    }
    await counted(widget(page, text.pipelineTitle))
    await expect(page.getByRole('group', { name: 'Key figures' })).not.toHaveAttribute(
      'aria-busy',
      'true',
    )
    if (theme === 'dark') {
      await expect(page.locator('.aura-root[data-theme="dark"]').first()).toBeVisible()
    }
    expect(await seriousAxeViolations(page)).toEqual([])
    await saveScreenshot(page, theme === 'dark' ? 'overview-dark' : 'overview', {
      docs: theme === 'light',
    })

    await showOctanist(page)
    for (const title of [text.funnelTitle, text.sourcesTitle, text.overTimeTitle]) {
      await counted(widget(page, title))
    }
    expect(await seriousAxeViolations(page)).toEqual([])
    await saveScreenshot(page, `overview-octanist${theme === 'dark' ? '-dark' : ''}`)
    expect(errors).toEqual([])
  })
}
