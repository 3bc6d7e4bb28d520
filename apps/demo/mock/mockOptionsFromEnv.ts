import type { DataMode, MockApiOptions } from '@aura-kit/mock-api'

/** The instant the seeded data is built around (the mock's `REFERENCE_DATE`). */
const REFERENCE_TIME = Date.parse('2026-06-01T00:00:00Z')

/** The environment variables the embedded mock reads; see apps/demo/README.md. */
export interface MockEnv {
  AURA_MOCK_LEADS?: string | undefined
  AURA_MOCK_CALLS?: string | undefined
  AURA_MOCK_OCTANIST_LEADS?: string | undefined
  /** Aura requests per key per minute, or `off`. */
  AURA_MOCK_RATE_LIMIT?: string | undefined
  AURA_MOCK_SEED?: string | undefined
  /** `seeded` (default) or `awkward`: every record rewritten into odd but legal JSON. */
  AURA_MOCK_DATA?: string | undefined
}

function dataMode(raw: string | undefined): DataMode {
  if (raw === undefined || raw === '' || raw === 'seeded' || raw === 'awkward') {
    return raw === 'awkward' ? 'awkward' : 'seeded'
  }
  throw new Error(`AURA_MOCK_DATA must be "seeded" or "awkward", got "${raw}"`)
}

function count(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') {
    return fallback
  }
  if (!/^\d+$/.test(raw)) {
    throw new Error(`${name} must be a non-negative integer, got "${raw}"`)
  }
  return Number(raw)
}

/**
 * Options for the demo's embedded mock: its clock starts at the seed's reference date and keeps
 * ticking (so upcoming calls exist), sizes and rate limit come from `AURA_MOCK_*`.
 */
export function mockOptionsFromEnv(
  env: MockEnv,
  startedAt: number = Date.now(),
  clock: () => number = Date.now,
): MockApiOptions {
  const rateLimit = env.AURA_MOCK_RATE_LIMIT
  return {
    seed: count('AURA_MOCK_SEED', env.AURA_MOCK_SEED, 42),
    counts: {
      leads: count('AURA_MOCK_LEADS', env.AURA_MOCK_LEADS, 5000),
      calls: count('AURA_MOCK_CALLS', env.AURA_MOCK_CALLS, 2000),
      octanistLeads: count('AURA_MOCK_OCTANIST_LEADS', env.AURA_MOCK_OCTANIST_LEADS, 5000),
    },
    rateLimit:
      rateLimit === 'off'
        ? false
        : { perMinute: count('AURA_MOCK_RATE_LIMIT', rateLimit, 100) || 100 },
    dataMode: dataMode(env.AURA_MOCK_DATA),
    now: () => REFERENCE_TIME + (clock() - startedAt),
  }
}
