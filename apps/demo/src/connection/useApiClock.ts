import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { clockOffset } from './apiClock.ts'
import { useConnection } from './ConnectionProvider.tsx'

export interface ApiClock {
  /** False until the API's clock is known (on the mock, one `/health` request). */
  ready: boolean
  /** The API's time when the calling component mounted (ms). */
  now: number
}

async function readMockClock(signal: AbortSignal): Promise<number> {
  const sentAt = Date.now()
  const response = await fetch(`${location.origin}/health`, { signal })
  const body: unknown = response.ok ? await response.json() : null
  return clockOffset(body, sentAt, Date.now())
}

/**
 * The API's "now": on the embedded mock its own clock (read once from `/health`), elsewhere this
 * browser's. A failed read falls back to the browser's clock.
 */
export function useApiClock(): ApiClock {
  const { connection } = useConnection()
  const [mountedAt] = useState(Date.now)
  const mock = connection.kind === 'mock'
  const offset = useQuery({
    queryKey: ['aura-kit-demo', 'api-clock', connection.kind],
    queryFn: ({ signal }) => readMockClock(signal),
    enabled: mock,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  })
  if (!mock) {
    return { ready: true, now: mountedAt }
  }
  return { ready: !offset.isPending, now: mountedAt + (offset.data ?? 0) }
}
