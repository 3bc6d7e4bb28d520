import { sleep } from './abortable.ts'

/** Time and randomness the transport uses, replaceable so tests never wait for real. */
export interface Runtime {
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>
  random: () => number
  now: () => number
}

export function resolveRuntime(overrides: Partial<Runtime> = {}): Runtime {
  return {
    sleep: overrides.sleep ?? sleep,
    random: overrides.random ?? Math.random,
    now: overrides.now ?? Date.now,
  }
}
