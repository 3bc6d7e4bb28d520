import { describe, expect, it } from 'vitest'
import { mailtoHref, safeHref, telHref } from './safeHref.ts'

describe('safeHref', () => {
  it.each([
    ['https://example.com/a?b=1', 'https://example.com/a?b=1'],
    ['http://example.com', 'http://example.com/'],
    ['  https://example.com/x  ', 'https://example.com/x'],
    ['mailto:a@example.com', 'mailto:a@example.com'],
    ['tel:+15551234567', 'tel:+15551234567'],
  ])('keeps %s', (input, expected) => {
    expect(safeHref(input)).toBe(expected)
  })

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '/relative/path',
    '//evil.example',
    'not a url',
    '',
  ])('drops %j', (input) => {
    expect(safeHref(input)).toBeUndefined()
  })

  it.each([null, undefined, 42, {}, ['https://x.y']])('drops non-strings (%j)', (input) => {
    expect(safeHref(input)).toBeUndefined()
  })
})

describe('mailtoHref and telHref', () => {
  it('builds links only for plausible values', () => {
    expect(mailtoHref('ada@example.com')).toBe('mailto:ada@example.com')
    expect(mailtoHref('javascript:alert(1)//@x')).toBeUndefined()
    expect(mailtoHref(null)).toBeUndefined()
    expect(telHref('+1 (555) 123-4567')).toBe('tel:+15551234567')
    expect(telHref('javascript:alert(1)')).toBeUndefined()
  })
})
