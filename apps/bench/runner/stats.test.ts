import assert from 'node:assert/strict'
import { test } from 'node:test'
import { frameStats, median, percentile } from './stats.ts'

test('percentile interpolates between ranks', () => {
  assert.equal(percentile([10, 20, 30, 40], 50), 25)
  assert.equal(percentile([40, 10, 30, 20], 0), 10)
  assert.equal(percentile([40, 10, 30, 20], 100), 40)
  assert.ok(Number.isNaN(median([])))
})

test('frameStats counts frames over the 16.7 ms budget', () => {
  const stats = frameStats([16.6, 16.7, 16.8, 33.3, 50])
  assert.equal(stats.overBudget, 3)
  assert.equal(stats.count, 5)
  assert.equal(stats.p50, 16.8)
})
