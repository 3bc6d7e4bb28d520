import { EMPTY_VALUE } from '../utils/formatters.ts'
import { displayValue } from './displayValue.ts'
import type { PanelFormatters } from './panelFormatters.ts'

/**
 * A time as "3 days ago" plus the absolute date in the viewer's zone and, when it differs, in the
 * lead's zone. A value that is not a date shows as plain text.
 */
export function TimeStamp({
  value,
  format,
  leadTimeZone,
  compact,
}: {
  value: unknown
  format: PanelFormatters
  leadTimeZone?: unknown
  /** One line: relative time, with the absolute one as its tooltip and beside it. */
  compact?: boolean | undefined
}) {
  const relative = format.relative(value)
  if (relative === undefined || (typeof value !== 'string' && typeof value !== 'number')) {
    return <>{displayValue(value) ?? EMPTY_VALUE}</>
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
      {viewer ? <span className="aura-timestamp-absolute">{viewer} (your time)</span> : null}
      {inLeadZone ? (
        <span className="aura-timestamp-absolute">{inLeadZone} (lead's time)</span>
      ) : null}
    </span>
  )
}
