'use client'
import { forwardRef, type HTMLAttributes, type ReactNode } from 'react'
import { SafeLink } from '../data-table/cells.tsx'
import { useKit } from '../kit/KitContext.tsx'
import { cx } from '../kit/parts.ts'
import { useMessageSections } from '../kit/useMessages.ts'
import { statuses as statusesEn } from '../messages/en/statuses.ts'
import { transcript as transcriptEn } from '../messages/en/transcript.ts'
import { EMPTY_VALUE, textOf } from '../utils/formatters.ts'
import { safeHref } from '../utils/safeHref.ts'
import { useTranscriptCall } from './CallTranscriptContext.ts'
import { callMinutes } from './callMinutes.ts'
import { PersonName } from './PersonName.tsx'

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="aura-transcript-detail">
      <dt className="aura-field-label">{term}</dt>
      <dd>{children}</dd>
    </div>
  )
}

/** The status as a pill (`data-status` for themes), labelled from `messages.statuses.call`. */
function CallStatus({ value, labels }: { value: unknown; labels: Record<string, string> }) {
  if (typeof value !== 'string' || value === '') {
    return EMPTY_VALUE
  }
  return (
    <span className="aura-badge" data-status={value}>
      {Object.hasOwn(labels, value) ? labels[value] : value}
    </span>
  )
}

export interface CallTranscriptHeaderProps extends HTMLAttributes<HTMLDListElement> {}

/**
 * The call's details as a `<dl>`: status, when, how long, who (closer and setter by name through
 * the kit's `resolveUser`), how much, and where. Every field may be missing or hostile.
 */
export const CallTranscriptHeader = forwardRef<HTMLDListElement, CallTranscriptHeaderProps>(
  function CallTranscriptHeader({ className, children, ...rest }, ref) {
    const { call } = useTranscriptCall('Header')
    const { format } = useKit()
    const messages = useMessageSections({ statuses: statusesEn, transcript: transcriptEn })
    const text = messages.transcript
    const link = textOf(call.conferencing_link)
    return (
      <dl {...rest} ref={ref} className={cx('aura-transcript-details', className)}>
        <Detail term={text.status}>
          <CallStatus value={call.status} labels={messages.statuses.call} />
        </Detail>
        <Detail term={text.scheduled}>{format.dateTime(call.scheduled_at)}</Detail>
        <Detail term={text.started}>{format.dateTime(call.started_at)}</Detail>
        <Detail term={text.ended}>{format.dateTime(call.ended_at)}</Detail>
        <Detail term={text.duration}>{format.minutes(callMinutes(call))}</Detail>
        <Detail term={text.closer}>
          <PersonName userId={call.closer_id} />
        </Detail>
        <Detail term={text.setter}>
          <PersonName userId={call.setter_id} />
        </Detail>
        <Detail term={text.dealValue}>{format.money(call.expected_deal_value)}</Detail>
        <Detail term={text.meetingLink}>
          {link === EMPTY_VALUE ? (
            link
          ) : (
            <SafeLink href={safeHref(call.conferencing_link)}>
              <bdi className="aura-transcript-url">{link}</bdi>
            </SafeLink>
          )}
        </Detail>
        {children}
      </dl>
    )
  },
)
