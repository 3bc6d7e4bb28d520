import { describe, expect, it } from 'vitest'
import { joinUrl } from './url.ts'

describe('joinUrl', () => {
  it.each([
    ['https://api.aura-app.ai', '/v1/leads', 'https://api.aura-app.ai/v1/leads'],
    ['https://api.aura-app.ai/', '/v1/leads', 'https://api.aura-app.ai/v1/leads'],
    ['https://proxy.example.com/aura/', '/v1/leads', 'https://proxy.example.com/aura/v1/leads'],
    ['https://proxy.example.com/aura//', 'v1/leads', 'https://proxy.example.com/aura/v1/leads'],
    ['https://octanist.com/api', '/leads', 'https://octanist.com/api/leads'],
    ['/api/aura', '/v1/calls', '/api/aura/v1/calls'],
  ])('%s + %s → %s', (base, path, expected) => {
    expect(joinUrl(base, path)).toBe(expected)
  })

  it('appends a query string only when it has params', () => {
    expect(joinUrl('https://x.test', '/a', new URLSearchParams())).toBe('https://x.test/a')
    expect(joinUrl('https://x.test/', '/a', new URLSearchParams({ limit: '5' }))).toBe(
      'https://x.test/a?limit=5',
    )
  })
})
