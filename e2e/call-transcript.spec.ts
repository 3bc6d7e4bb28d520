import { readFile } from 'node:fs/promises'
import { type APIRequestContext, expect, type Locator, type Page, test } from '@playwright/test'
import {
  allItems,
  collectErrors,
  holdRequests,
  saveScreenshot,
  seriousAxeViolations,
} from './helpers.ts'

interface Segment {
  start_seconds: number
  end_seconds: number
  text?: string | null
}

interface CallRecord {
  id: string
  has_recording?: boolean | null
  transcript_data?: { segments?: Segment[] | null } | null
}

interface LongCall {
  id: string
  segments: Segment[]
}

let longCallOnce: Promise<LongCall> | undefined

/** The call with a recording and the longest transcript (the mock's 3,000-segment call). */
function longCall(request: APIRequestContext): Promise<LongCall> {
  longCallOnce ??= findLongCall(request)
  return longCallOnce
}

async function findLongCall(request: APIRequestContext): Promise<LongCall> {
  const calls = await allItems<CallRecord>(request, '/v1/calls')
  const recorded = calls
    .filter((call) => call.has_recording)
    .map((call) => ({ id: call.id, segments: call.transcript_data?.segments ?? [] }))
    .sort((a, b) => b.segments.length - a.segments.length)
  const call = recorded[0]
  expect(call?.segments.length, 'a recorded call with a long transcript').toBeGreaterThan(100)
  return call as LongCall
}

const transcriptOf = (page: Page) => page.getByRole('region', { name: 'Call transcript' })
const segmentList = (page: Page) => page.getByRole('region', { name: 'Transcript segments' })
const rowOf = (page: Page, entry: number): Locator =>
  segmentList(page).locator(`li[data-entry="${entry}"]`)

/** The audio's time and the entry marked active, read at the same moment. */
function playback(page: Page) {
  return page.evaluate(() => {
    const audio = document.querySelector<HTMLAudioElement>('audio[aria-label="Call recording"]')
    const active = document.querySelector('li[data-state="active"]')
    return {
      time: audio?.currentTime ?? -1,
      paused: audio?.paused ?? true,
      active: Number(active?.getAttribute('data-entry') ?? -1),
      current: active?.getAttribute('aria-current') ?? null,
    }
  })
}

test('play, seek from a segment and follow the active segment', async ({ page, request }) => {
  const call = await longCall(request)
  const errors = collectErrors(page)
  await page.goto(`/calls/${call.id}`)
  await expect(rowOf(page, 0)).toBeVisible()
  await expect(page.locator('li[data-state="active"]')).toHaveCount(0)

  // K in the transcript region plays (a key press is a user gesture: no autoplay flag needed).
  await segmentList(page).focus()
  await page.keyboard.press('k')
  await expect.poll(async () => (await playback(page)).time).toBeGreaterThan(0.3)
  expect((await playback(page)).paused).toBe(false)
  await expect(page.locator('li[data-state="active"]')).toHaveCount(1)

  // Clicking a segment's text seeks there and marks it active.
  const target = 8
  const segment = call.segments[target] as Segment
  const next = call.segments[target + 1] as Segment
  await rowOf(page, target).locator('.aura-transcript-text').click()
  await expect
    .poll(async () => {
      const state = await playback(page)
      return state.time >= segment.start_seconds && state.active >= target
    })
    .toBe(true)
  await expect(rowOf(page, target)).toHaveAttribute('aria-current', 'true')
  // Playing on moves the active mark to the following segments, in step with the audio.
  await expect
    .poll(async () => (await playback(page)).active, { timeout: 15_000 })
    .toBeGreaterThan(target)
  const moved = await playback(page)
  expect(moved.time).toBeGreaterThanOrEqual(next.start_seconds)
  expect(moved.current).toBe('true')
  // The mark stays on a segment until the next one starts; it follows `timeupdate` (a few times a
  // second), so allow for one event of lag.
  expect(moved.time).toBeGreaterThanOrEqual((call.segments[moved.active] as Segment).start_seconds)
  expect(moved.time).toBeLessThan((call.segments[moved.active + 1] as Segment).start_seconds + 1)

  // The time button seeks back; the active mark goes with it.
  await page.keyboard.press('k')
  await rowOf(page, 2)
    .getByRole('button', { name: /^Play from / })
    .click()
  await expect(rowOf(page, 2)).toHaveAttribute('data-state', 'active')
  const back = await playback(page)
  expect(back.time).toBeGreaterThanOrEqual((call.segments[2] as Segment).start_seconds)
  expect(back.time).toBeLessThan((call.segments[3] as Segment).end_seconds + 1)
  expect(errors).toEqual([])
})

test('search counts and highlights matches; Enter moves to the next one', async ({
  page,
  request,
}) => {
  const call = await longCall(request)
  const word = 'budget'
  const expected = call.segments.reduce(
    (count, segment) => count + ((segment.text ?? '').match(new RegExp(word, 'giu'))?.length ?? 0),
    0,
  )
  expect(expected, `"${word}" occurs in the transcript`).toBeGreaterThan(1)
  await page.goto(`/calls/${call.id}`)
  const search = page.getByRole('searchbox', { name: 'Search transcript' })
  await search.fill(word)
  await expect(search).toHaveAccessibleDescription(`1 of ${expected}`)
  const current = segmentList(page).locator('mark[data-current]')
  await expect(current).toHaveCount(1)
  await expect(current).toHaveText(new RegExp(`^${word}$`, 'i'))
  const firstHit = await current.evaluate((mark) => mark.closest('li')?.dataset.entry)
  expect(await segmentList(page).locator('mark.aura-transcript-match').count()).toBeGreaterThan(0)
  // Highlights included: their contrast counts.
  expect(await seriousAxeViolations(page)).toEqual([])
  await saveScreenshot(page, 'call-transcript', { docs: true })

  await search.press('Enter')
  await expect(search).toHaveAccessibleDescription(`2 of ${expected}`)
  await expect(current).toHaveCount(1)
  const secondHit = await current.evaluate((mark) => mark.closest('li')?.dataset.entry)
  expect(Number(secondHit)).toBeGreaterThanOrEqual(Number(firstHit))

  await search.fill('no-such-words-here')
  await expect(search).toHaveAccessibleDescription('No matches')
  await expect(segmentList(page).locator('mark')).toHaveCount(0)
})

test('Export → SRT downloads the whole transcript as SubRip cues', async ({ page, request }) => {
  const call = await longCall(request)
  await page.goto(`/calls/${call.id}`)
  await page.getByRole('button', { name: 'Export transcript' }).click()
  const downloading = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: 'SubRip subtitles (.srt)' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/\.srt$/)
  const srt = await readFile(await download.path(), 'utf8')
  expect(srt.startsWith('1\n00:00:')).toBe(true)
  expect(srt).toContain('-->')
  // One cue per timed segment, numbered from 1.
  expect(srt.match(/^\d\d:\d\d:\d\d,\d{3} --> \d\d:\d\d:\d\d,\d{3}$/gm)?.length).toBe(
    call.segments.length,
  )
})

test('on a slow network the transcript shows its loading state, then the call', async ({
  page,
  request,
}) => {
  const call = await longCall(request)
  const held = holdRequests({ 'x-mock-slow-body': '500' })
  await page.route((url) => url.pathname === `/v1/calls/${call.id}`, held.handler)
  await page.goto(`/calls/${call.id}`)
  const transcript = transcriptOf(page)
  await expect(transcript).toHaveAttribute('aria-busy', 'true')
  await expect(transcript.getByRole('status')).toHaveText('Loading call…')
  await expect(segmentList(page)).toHaveCount(0)

  held.release()
  await expect(rowOf(page, 0)).toBeVisible()
  await expect(transcript).not.toHaveAttribute('aria-busy', 'true')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Call on')
})
