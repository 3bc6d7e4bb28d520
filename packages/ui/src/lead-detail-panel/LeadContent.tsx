import { type Lead, leadSchema } from '@aura-kit/client'
import type { ReactNode } from 'react'
import { LEAD_STATUS_LABELS } from '../leads-table/leadColumns.tsx'
import { AttributionSection } from './AttributionSection.tsx'
import { DisqualificationSection } from './DisqualificationSection.tsx'
import { displayValue } from './displayValue.ts'
import { groupAttribution } from './groupAttribution.ts'
import { LeadHeader } from './LeadHeader.tsx'
import { NotesTimeline } from './NotesTimeline.tsx'
import { OtherFieldsSection } from './OtherFieldsSection.tsx'
import { Field } from './PanelSection.tsx'
import { PaymentsSection } from './PaymentsSection.tsx'
import type { PanelFormatters } from './panelFormatters.ts'

const KNOWN_LEAD_KEYS: ReadonlySet<string> = new Set([
  ...Object.keys(leadSchema.entries),
  // Not documented, but the list endpoint filters on it, so it gets a row of its own.
  'assigned_to_id',
])

export interface LeadContentProps {
  lead: Lead
  format: PanelFormatters
  resolveUserName?: ((userId: string) => string | undefined) | undefined
  refreshing?: boolean | undefined
  /** Shown above the header, e.g. a failed refresh. */
  banner?: ReactNode
}

/** Every part of an Aura lead: header, payments, notes, attribution, disqualification, extras. */
export function LeadContent({
  lead,
  format,
  resolveUserName,
  refreshing,
  banner,
}: LeadContentProps) {
  const assignee = typeof lead.assigned_to_id === 'string' ? lead.assigned_to_id : undefined
  const timeZone = displayValue(lead.timezone)
  return (
    <article
      className="aura-lead-panel"
      aria-label="Lead details"
      aria-busy={refreshing || undefined}
    >
      {banner}
      <LeadHeader
        name={lead.full_name}
        subtitle={lead.company}
        status={lead.status}
        statusLabels={LEAD_STATUS_LABELS}
        email={lead.email}
        phone={lead.phone}
        format={format}
        leadTimeZone={lead.timezone}
        times={[
          ['Created', lead.created_at],
          ['Updated', lead.updated_at],
        ]}
        statusLine={
          <span className="aura-refreshing" role="status">
            {refreshing ? 'Refreshing…' : ''}
          </span>
        }
      >
        {timeZone ? <Field label="Lead's time zone">{timeZone}</Field> : null}
        {assignee ? (
          <Field label="Assigned to">
            <bdi>{resolveUserName?.(assignee) ?? assignee}</bdi>
          </Field>
        ) : null}
        <Field label="Lead id" code>
          {lead.id}
        </Field>
      </LeadHeader>
      <PaymentsSection lead={lead} format={format} />
      <DisqualificationSection data={lead.disqualification_data} format={format} />
      <NotesTimeline notes={lead.notes} format={format} resolveUserName={resolveUserName} />
      <AttributionSection
        attribution={groupAttribution(lead.metadata, lead.source)}
        format={format}
      />
      <OtherFieldsSection record={lead} knownKeys={KNOWN_LEAD_KEYS} />
    </article>
  )
}
