'use client'
import { useMessages } from '../kit/useMessages.ts'
import { leadPanel as leadPanelEn } from '../messages/en/leadPanel.ts'
import { EMPTY_VALUE } from '../utils/formatters.ts'
import { usePanel } from './LeadDetailContext.tsx'

/**
 * A time as "3 days ago" plus the absolute date in the viewer's zone and, when it differs, in the
 * lead's zone. A value that is not a date shows as plain text.
 */
export function TimeStamp({
  value,
  leadTimeZone,
  compact,
}: {
  value: unknown
  leadTimeZone?: unknown
  /** One line: relative time, with the absolute one as its tooltip and beside it. */
  compact?: boolean | undefined
}) {
  const { format, text } = usePanel()
  const messages = useMessages('leadPanel', leadPanelEn)
  const relative = format.relative(value)
  if (relative === undefined || (typeof value !== 'string' && typeof value !== 'number')) {
    return <>{text(value) ?? EMPTY_VALUE}</>
  }
  const iso = new Date(value).toISOString()
  const viewer = format.zoned(value, format.viewerTimeZone)
  if (compact) {
    return (
      <span className="aura-timestamp" data-compact="">
        <time dateTime={iso} title={viewer}>
          {relative}
        </time>
        {/* Flex drops this space visually (the gap spaces the items); it keeps the text readable. */}
        {viewer ? ' ' : null}
        {viewer ? <span className="aura-timestamp-absolute">· {viewer}</span> : null}
      </span>
    )
  }
  const leadZone = format.resolveTimeZone(leadTimeZone)
  const inLeadZone =
    leadZone && leadZone !== format.viewerTimeZone ? format.zoned(value, leadZone) : undefined
  return (
    <span className="aura-timestamp">
      <time dateTime={iso} className="aura-timestamp-relative">
        {relative}
      </time>
      {viewer ? <span className="aura-timestamp-absolute">{messages.yourTime(viewer)}</span> : null}
      {inLeadZone ? (
        <span className="aura-timestamp-absolute">{messages.leadsTime(inLeadZone)}</span>
      ) : null}
    </span>
  )
}
