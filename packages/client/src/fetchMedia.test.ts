import { describe, expect, it, vi } from 'vitest'
import { createAuraClient } from './createAuraClient.ts'
import { AuraNetworkError, isRetryable } from './errors.ts'
import { fakeFetch } from './test-utils/fakeFetch.ts'

// The URL checks are a chunk of their own, loaded on the first fetchMedia.
vi.mock('./mediaExchange.ts', () => {
  throw new Error('Failed to fetch dynamically imported module: /assets/mediaExchange-1a2b.js')
})

describe('fetchMedia when its code cannot be loaded', () => {
  it('rejects with AuraNetworkError, sending nothing', async () => {
    const fake = fakeFetch()
    const client = createAuraClient({ fetch: fake.fetch, apiKey: 'k' })
    const error: unknown = await client.fetchMedia('/v1/calls/c1/recording').catch((e) => e)
    expect(error).toBeInstanceOf(AuraNetworkError)
    expect((error as AuraNetworkError).cause).toBeInstanceOf(Error)
    expect(isRetryable(error)).toBe(true)
    expect(fake.requests).toHaveLength(0)
  })
})
