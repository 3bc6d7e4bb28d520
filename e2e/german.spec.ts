import { type APIRequestContext, expect, type Locator, type Page, test } from '@playwright/test'
// The catalogues and the demo's dictionary from source, so the check always knows every string
// of this checkout (the packages' built `dist` may be older than the demo being tested).
import { demoDe, demoEn } from '../apps/demo/src/i18n/demoStrings.ts'
import { CLERK_USERS } from '../packages/mock-api/src/data/constants.ts'
import { de } from '../packages/ui/src/messages/de/index.ts'
import { en } from '../packages/ui/src/messages/en/index.ts'
import {
  allItems,
  collectErrors,
  expectLoadedRows,
  loadedRows,
  seriousAxeViolations,
} from './helpers.ts'

// ---------------------------------------------------------------------------------------------
// Every English string the kit and the demo can render, as whole words or phrases.

/** Placeholders for a message's values; they never occur in a catalogue. */
const SLOTS = [0, 1, 2, 3].map((index) => String.fromCodePoint(0xf0100 + index))
const SLOT_PATTERN = /[\u{F0100}-\u{F0103}]/u
const SAMPLE_NUMBERS = [0, 1, 2, 5, 21]

/** An object whose every property is the placeholder, for messages that take one. */
const objectArgument = (slot: string): unknown =>
  new Proxy(
    {},
    {
      get: (_target, key) => (key === Symbol.toPrimitive || key === 'toString' ? () => slot : slot),
    },
  )

/** Sample argument lists: placeholders, numbers in each position (plural forms), objects. */
function argumentLists(arity: number): unknown[][] {
  const slots = SLOTS.slice(0, Math.max(arity, 1))
  const lists: unknown[][] = [slots, slots.map(objectArgument)]
  for (const number of SAMPLE_NUMBERS) {
    lists.push(slots.map(() => number))
    for (const position of slots.keys()) {
      lists.push(slots.map((slot, index) => (index === position ? number : slot)))
    }
  }
  return lists
}

/** A fragment without the punctuation and spaces at its ends ("← All calls" → "All calls"). */
const trimmed = (text: string) =>
  text
    .replace(/\s+/gu, ' ')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/[^\p{L}\p{N}…]+$/u, '')

/** The literal text of a string message, or the text around the values of a function message. */
function fragments(message: unknown): string[] {
  if (typeof message === 'string') {
    return [trimmed(message)]
  }
  if (typeof message !== 'function') {
    return []
  }
  const found = new Set<string>()
  for (const args of argumentLists(message.length)) {
    let output: unknown
    try {
      output = message(...args)
    } catch {
      continue
    }
    if (typeof output !== 'string' || /undefined|NaN|\[object/.test(output)) {
      continue
    }
    for (const piece of output.split(SLOT_PATTERN)) {
      for (const part of piece.split(/(?<![\p{L}\p{N}])\d+(?:[.,]\d+)*(?![\p{L}\p{N}])/u)) {
        found.add(trimmed(part))
      }
    }
  }
  return [...found]
}

/** Every message of a catalogue by its path ("createForm.submit"), as fragments. */
function catalogue(messages: object, prefix: string, into = new Map<string, string[]>()) {
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix === '' ? key : `${prefix}.${key}`
    if (key === 'language' && prefix === '') {
      continue
    }
    if (typeof value === 'object' && value !== null) {
      catalogue(value, path, into)
    } else {
      into.set(path, fragments(value))
    }
  }
  return into
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** `text` as a whole word or phrase: no letter, digit or underscore right before or after. */
const wholePhrase = (text: string, flags = 'u') =>
  new RegExp(`(?<![\\p{L}\\p{N}_])${escapeRegExp(text)}(?![\\p{L}\\p{N}_])`, flags)

const isWordy = (text: string) => /\p{L}.*\p{L}/su.test(text)

/** Symbols both languages write alike, whatever a catalogue makes of them ("120 min" is German). */
const SHARED_SYMBOLS = new Set(['min'])

interface EnglishString {
  text: string
  /** Where it comes from: `ui:…` for the kit's catalogue, `demo:…` for the demo's dictionary. */
  paths: string[]
  pattern: RegExp
}

function englishStrings(): EnglishString[] {
  const english = new Map<string, string[]>()
  const add = (source: string, messages: object) => {
    for (const [path, texts] of catalogue(messages, '')) {
      for (const text of texts) {
        english.set(text, [...(english.get(text) ?? []), `${source}:${path}`])
      }
    }
  }
  add('ui', en)
  add('demo', demoEn)
  // A word the German texts use themselves (a loanword like "Lead", a name like "Octanist") is
  // German too, wherever the English catalogue also has it.
  const german = [...catalogue(de, '').values(), ...catalogue(demoDe, '').values()]
    .flat()
    .join('\n')
  return [...english]
    .filter(
      ([text]) =>
        text.length >= 2 &&
        isWordy(text) &&
        !SHARED_SYMBOLS.has(text) &&
        !wholePhrase(text).test(german),
    )
    .map(([text, paths]) => ({ text, paths, pattern: wholePhrase(text, 'gu') }))
    .sort((a, b) => b.text.length - a.text.length)
}

const ENGLISH = englishStrings()

// ---------------------------------------------------------------------------------------------
// What a page shows, without the data the API sent (names, notes, transcripts stay as they are).

const normalized = (text: string) => text.replace(/\s+/gu, ' ').trim()

/**
 * Every string value, and every key (custom fields show theirs), of the API's records. Codes such
 * as `won` stay lower-case on the page only where the data is shown as it is: the kit's labels
 * ("Won") are matched case-sensitively, so taking the codes out hides no label.
 */
function collectData(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') {
    const text = normalized(value)
    if (text.length >= 3) {
      into.add(text)
    }
  } else if (Array.isArray(value)) {
    for (const item of value) {
      collectData(item, into)
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      collectData(key, into)
      collectData(item, into)
    }
  }
}

async function allOctanistLeads(request: APIRequestContext): Promise<unknown[]> {
  const leads: unknown[] = []
  for (let page = 1; ; page += 1) {
    const response = await request.get(`/api/leads?limit=100&page=${page}`, {
      headers: { 'x-api-key': 'e2e' },
    })
    expect(response.status()).toBe(200)
    const body = (await response.json()) as { data: unknown[] }
    leads.push(...body.data)
    if (body.data.length < 100) {
      return leads
    }
  }
}

interface CallRecord {
  id: string
  has_recording?: boolean | null
  recording_url?: string | null
  lead_id?: string | null
}

let dataOnce: Promise<{ strings: string[]; calls: CallRecord[] }> | undefined

/** Every free-text value the mock serves, longest first, and the calls. */
function apiData(request: APIRequestContext) {
  dataOnce ??= (async () => {
    const [leads, calls, octanist] = await Promise.all([
      allItems<unknown>(request, '/v1/leads'),
      allItems<CallRecord>(request, '/v1/calls'),
      allOctanistLeads(request),
    ])
    const strings = new Set<string>()
    collectData([leads, calls, octanist, CLERK_USERS.map((user) => user.name)], strings)
    return { strings: [...strings].sort((a, b) => b.length - a.length), calls }
  })()
  return dataOnce
}

/** The page's visible text and its labelling attributes, as written (no CSS text-transform). */
async function shownTexts(page: Page): Promise<Array<{ where: string; text: string }>> {
  return page.evaluate(() => {
    const style = document.createElement('style')
    style.textContent = '* { text-transform: none !important; }'
    document.head.append(style)
    const texts = [
      { where: 'document title', text: document.title },
      // innerText, not textContent: what is rendered (hidden parts left out), as laid out.
      // biome-ignore lint/performance/useDomNodeTextContent: the visible text is the point
      { where: 'page text', text: document.body.innerText },
    ]
    style.remove()
    const attributes = ['aria-label', 'aria-description', 'title', 'placeholder', 'alt']
    for (const element of document.body.querySelectorAll('*')) {
      for (const name of attributes) {
        const value = element.getAttribute(name)
        if (value) {
          texts.push({ where: `${element.localName}[${name}]`, text: value })
        }
      }
    }
    return texts
  })
}

const dataPatterns = new Map<string, RegExp>()

/** The text with every whole occurrence of a data value replaced by a marker. */
function withoutData(text: string, data: readonly string[]): string {
  let rest = normalized(text)
  for (const value of data) {
    if (rest.includes(value)) {
      let pattern = dataPatterns.get(value)
      if (pattern === undefined) {
        pattern = wholePhrase(value, 'gu')
        dataPatterns.set(value, pattern)
      }
      rest = rest.replace(pattern, ' \u2063 ')
    }
  }
  return rest
}

/** Each English string still on the page, with where it is and what surrounds it. */
async function englishLeft(page: Page, request: APIRequestContext): Promise<string[]> {
  const { strings } = await apiData(request)
  const found: string[] = []
  for (const { where, text } of await shownTexts(page)) {
    const rest = withoutData(text, strings)
    for (const english of ENGLISH) {
      english.pattern.lastIndex = 0
      const match = english.pattern.exec(rest)
      if (match) {
        const around = rest.slice(
          Math.max(0, match.index - 40),
          match.index + english.text.length + 40,
        )
        found.push(`"${english.text}" (${english.paths.join(', ')}) in ${where}: …${around}…`)
      }
    }
  }
  return found
}

/** No English left, no serious axe finding. */
async function expectGerman(page: Page, request: APIRequestContext, name: string) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  expect(await englishLeft(page, request), `English strings on ${name}`).toEqual([])
  expect(await seriousAxeViolations(page), `axe on ${name}`).toEqual([])
}

// ---------------------------------------------------------------------------------------------

/** Opens the demo in English (the default) and switches it to German with the header menu. */
async function switchToGerman(page: Page): Promise<void> {
  await page.goto('/leads')
  await page.getByRole('combobox', { name: demoEn.language }).selectOption('de')
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  await expect(
    page.getByRole('navigation', { name: demoDe.mainNavigation }).getByRole('link', {
      name: demoDe.navCalls,
    }),
  ).toBeVisible()
}

const theGrid = (page: Page): Locator => page.getByRole('grid')

/** Opens the first row's sheet by a click in one of its data cells. */
async function openFirstRow(page: Page, table: Locator, columnId: string): Promise<void> {
  expect(await loadedRows(table)).toBeGreaterThan(0)
  await table.locator(`tr[aria-rowindex="2"] td[data-column-id="${columnId}"]`).click()
  await expect(page.getByRole('dialog')).toBeVisible()
}

test('the ENGLISH list holds the kit and demo strings that German words differently', () => {
  const texts = new Set(ENGLISH.map((english) => english.text))
  expect(texts).toContain(en.createForm.submit)
  expect(texts).toContain(en.common.retry)
  expect(texts).toContain(demoEn.callsTitle)
  expect(texts).toContain('Request id')
  // Loanwords and names German uses as they are.
  expect(texts).not.toContain(demoEn.navLeads)
  expect(texts).not.toContain(demoEn.navOctanist)
  expect(ENGLISH.length).toBeGreaterThan(60)
})

test.describe('in German', () => {
  test('the language menu switches the demo and the kit, and is remembered', async ({
    page,
    request,
  }) => {
    const errors = collectErrors(page)
    await switchToGerman(page)
    await expectLoadedRows(theGrid(page), 50)
    await expect(page.getByRole('heading', { level: 1, name: demoDe.leadsTitle })).toBeVisible()
    await expect(page).toHaveTitle(demoDe.documentTitle(demoDe.leadsTitle))
    await expectGerman(page, request, '/leads')

    await page.reload()
    await expect(page.getByRole('combobox', { name: demoDe.language })).toHaveValue('de')
    await expect(page.getByRole('button', { name: demoDe.newLead })).toBeVisible()

    await page.getByRole('combobox', { name: demoDe.language }).selectOption('en')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('button', { name: demoEn.newLead })).toBeVisible()
    expect(errors).toEqual([])
  })

  test('the overview: Aura and Octanist figures, once counted', async ({ page, request }) => {
    const errors = collectErrors(page)
    await switchToGerman(page)
    await page
      .getByRole('navigation', { name: demoDe.mainNavigation })
      .getByRole('link', { name: demoDe.navOverview })
      .click()
    await expect(page.getByRole('heading', { level: 1, name: demoDe.overviewTitle })).toBeVisible()
    await expect(page).toHaveTitle(demoDe.documentTitle(demoDe.overviewTitle))
    const counted = async (titles: string[]) => {
      for (const title of titles) {
        const widget = page.getByRole('group', { name: title, exact: true })
        await expect(widget.locator('progress')).toHaveCount(0, { timeout: 30_000 })
        await expect(widget.getByRole('table')).toHaveCount(1)
      }
    }
    const { insights } = de
    await counted([
      insights.funnelTitle,
      insights.sourcesTitle,
      insights.overTimeTitle,
      insights.outcomesTitle,
      insights.pipelineTitle,
    ])
    await expect(page.getByRole('group', { name: demoDe.keyFigures })).not.toHaveAttribute(
      'aria-busy',
      'true',
    )
    await expectGerman(page, request, 'the overview (Aura)')

    const octanist = page.getByRole('radio', { name: demoDe.octanistTitle })
    await octanist.click()
    await expect(octanist).toBeChecked()
    await counted([insights.funnelTitle, insights.sourcesTitle, insights.overTimeTitle])
    await expectGerman(page, request, 'the overview (Octanist)')
    expect(errors).toEqual([])
  })

  test('leads: a lead sheet, and the new-lead dialog with a validation error', async ({
    page,
    request,
  }) => {
    const errors = collectErrors(page)
    await switchToGerman(page)
    const table = theGrid(page)
    await expectLoadedRows(table, 50)
    await openFirstRow(page, table, 'created')
    await expect(page).toHaveURL(/\/leads\/[0-9a-f-]+$/)
    await expectGerman(page, request, 'a lead sheet')

    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toHaveCount(0)
    await page.getByRole('button', { name: demoDe.newLead }).click()
    const dialog = page.getByRole('dialog', { name: demoDe.newLead })
    await dialog.getByRole('button', { name: de.createForm.submit }).click()
    const email = dialog.getByRole('textbox', { name: de.createForm.email })
    await expect(email).toHaveAttribute('aria-invalid', 'true')
    await expect(email).toHaveAccessibleDescription(
      de.createForm.errorRequired(de.createForm.email),
    )
    await expectGerman(page, request, 'the new-lead dialog')
    expect(errors).toEqual([])
  })

  test('calls, and a call page with its recording', async ({ page, request }) => {
    const errors = collectErrors(page)
    await switchToGerman(page)
    await page
      .getByRole('navigation', { name: demoDe.mainNavigation })
      .getByRole('link', { name: demoDe.navCalls })
      .click()
    await expectLoadedRows(theGrid(page), 50)
    await expect(page.getByRole('heading', { level: 1, name: demoDe.callsTitle })).toBeVisible()
    await expectGerman(page, request, '/calls')

    const { calls } = await apiData(request)
    const call = calls.find((item) => item.has_recording && item.recording_url && item.lead_id)
    expect(call, 'a call with a recording and a lead').toBeDefined()
    await page.goto(`/calls/${call?.id}`)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Gespräch am')
    await expect(page.locator('audio')).toHaveCount(1)
    await expect(page.getByRole('link', { name: call?.lead_id as string })).toHaveCount(0)
    await expectGerman(page, request, 'a call page')
    expect(errors).toEqual([])
  })

  test('Octanist with a lead sheet', async ({ page, request }) => {
    const errors = collectErrors(page)
    await switchToGerman(page)
    await page.goto('/octanist')
    const table = theGrid(page)
    await expect.poll(() => loadedRows(table)).toBeGreaterThan(0)
    await expectGerman(page, request, '/octanist')
    await openFirstRow(page, table, 'name')
    await expect(page).toHaveURL(/\/octanist\/[^/?]+/)
    await expectGerman(page, request, 'an Octanist lead sheet')
    expect(errors).toEqual([])
  })

  test('Connect and a page that does not exist', async ({ page, request }) => {
    const errors = collectErrors(page)
    await switchToGerman(page)
    await page.goto('/connect')
    await expect(page.getByRole('heading', { level: 1, name: demoDe.connectTitle })).toBeVisible()
    await expectGerman(page, request, '/connect')

    await page.goto('/no-such-page')
    await expect(page.getByRole('heading', { level: 1, name: demoDe.notFoundTitle })).toBeVisible()
    await expect(page).toHaveTitle(demoDe.documentTitle(demoDe.notFoundTitle))
    await expectGerman(page, request, 'the not-found page')
    expect(errors).toEqual([])
  })
})
