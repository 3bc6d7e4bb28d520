import { describe, expect, it } from 'vitest'
import { countryFlag } from './countryFlag.ts'

describe('countryFlag', () => {
  it.each([
    ['US', '🇺🇸'],
    ['de', '🇩🇪'],
    [' gb ', '🇬🇧'],
    ['USA', ''],
    ['U1', ''],
    ['', ''],
    ['<script>', ''],
    [null, ''],
    [42, ''],
  ])('%o → %o', (code, flag) => {
    expect(countryFlag(code)).toBe(flag)
  })
})
