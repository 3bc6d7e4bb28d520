import type { Call } from '@aura-kit/client'

/** Minutes from `duration_minutes`, else from the start and end times. */
export function callMinutes(call: Call): number | undefined {
  const minutes = call.duration_minutes
  if (typeof minutes === 'number' && Number.isFinite(minutes) && minutes >= 0) {
    return minutes
  }
  const started = typeof call.started_at === 'string' ? Date.parse(call.started_at) : Number.NaN
  const ended = typeof call.ended_at === 'string' ? Date.parse(call.ended_at) : Number.NaN
  return ended > started ? Math.round((ended - started) / 60_000) : undefined
}
