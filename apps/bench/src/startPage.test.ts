import { expect, test } from 'vitest'
import { rowsFromSearch } from './startPage.tsx'

test('rows come from ?rows= and fall back to 1000', () => {
  expect(rowsFromSearch('?rows=100000')).toBe(100000)
  expect(rowsFromSearch('')).toBe(1000)
  expect(rowsFromSearch('?rows=-5')).toBe(1000)
  expect(rowsFromSearch('?rows=1e3x')).toBe(1000)
})
