import { expect, test } from 'vitest'
import { clockOffset } from './apiClock.ts'

test('the offset puts the API’s reading at the middle of the request', () => {
  const body = { success: true, data: { status: 'ok', timestamp: '2026-06-01T00:00:10.000Z' } }
  const sentAt = Date.parse('2026-12-01T12:00:00.000Z')
  const offset = clockOffset(body, sentAt, sentAt + 200)
  expect(sentAt + 100 + offset).toBe(Date.parse('2026-06-01T00:00:10.000Z'))
})

test('an answer without a usable timestamp leaves the browser’s clock', () => {
  for (const body of [
    null,
    'ok',
    {},
    { data: null },
    { data: { timestamp: 42 } },
    { data: { timestamp: 'soon' } },
  ]) {
    expect(clockOffset(body, 1000, 1200)).toBe(0)
  }
})
