import type { Call } from '@aura-kit/client'
import type { ReactNode } from 'react'
import { CALL_STATUS_LABELS } from '../calls-table/callColumns.tsx'
import { SafeLink, StatusBadge } from '../data-table/cells.tsx'
import { EMPTY_VALUE, type Formatters, textOf } from '../utils/formatters.ts'
import { safeHref } from '../utils/safeHref.ts'

const STATUS_LABELS: Record<string, string> = { ...CALL_STATUS_LABELS, completed: 'Completed' }

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

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="aura-transcript-detail">
      <dt className="aura-field-label">{term}</dt>
      <dd>{children}</dd>
    </div>
  )
}

export type ResolveUserName = (userId: string) => string | undefined

/** A user id as a name when the host can resolve it, else the id; never markup. */
export function userText(value: unknown, resolveUserName: ResolveUserName | undefined): string {
  if (typeof value !== 'string' || value === '') {
    return EMPTY_VALUE
  }
  const name = resolveUserName?.(value)
  return typeof name === 'string' && name !== '' ? name : value
}

export interface CallHeaderProps {
  call: Call
  format: Formatters
  resolveUserName?: ResolveUserName | undefined
}

/** When, how long, who, how much, and where: every field may be missing or hostile. */
export function CallHeader({ call, format, resolveUserName }: CallHeaderProps) {
  const link = textOf(call.conferencing_link)
  return (
    <dl className="aura-transcript-details">
      <Detail term="Status">
        <StatusBadge value={call.status} labels={STATUS_LABELS} />
      </Detail>
      <Detail term="Scheduled">{format.dateTime(call.scheduled_at)}</Detail>
      <Detail term="Started">{format.dateTime(call.started_at)}</Detail>
      <Detail term="Ended">{format.dateTime(call.ended_at)}</Detail>
      <Detail term="Duration">{format.minutes(callMinutes(call))}</Detail>
      <Detail term="Closer">
        <bdi>{userText(call.closer_id, resolveUserName)}</bdi>
      </Detail>
      <Detail term="Setter">
        <bdi>{userText(call.setter_id, resolveUserName)}</bdi>
      </Detail>
      <Detail term="Expected deal value">{format.money(call.expected_deal_value)}</Detail>
      <Detail term="Meeting link">
        {link === EMPTY_VALUE ? (
          link
        ) : (
          <SafeLink href={safeHref(call.conferencing_link)}>
            <bdi className="aura-transcript-url">{link}</bdi>
          </SafeLink>
        )}
      </Detail>
    </dl>
  )
}
