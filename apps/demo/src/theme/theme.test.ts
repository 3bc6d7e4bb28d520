import { expect, test } from 'vitest'
import { parseTheme } from './theme.ts'

test('only light and dark are themes', () => {
  expect(parseTheme('dark')).toBe('dark')
  expect(parseTheme('light')).toBe('light')
  expect(parseTheme('Dark')).toBeNull()
  expect(parseTheme(null)).toBeNull()
  expect(parseTheme(undefined)).toBeNull()
})
