import type { ReactNode } from 'react'
import { StatusBadge } from '../data-table/cells.tsx'
import { ContactActions } from './ContactActions.tsx'
import { displayValue } from './displayValue.ts'
import { Field, FieldList } from './PanelSection.tsx'
import { PanelTitle } from './PanelTitle.tsx'
import type { PanelFormatters } from './panelFormatters.ts'
import { TimeStamp } from './TimeStamp.tsx'

export interface LeadHeaderProps {
  name: unknown
  subtitle?: unknown
  status: unknown
  statusLabels: Record<string, string>
  email: unknown
  phone: unknown
  format: PanelFormatters
  leadTimeZone?: unknown
  /** Labelled times under the name: created, updated, ... */
  times: ReadonlyArray<readonly [string, unknown]>
  /** Extra rows after the times (time zone, assignee, id). */
  children?: ReactNode
  /** Live status beside the badge ("Refreshing…"). */
  statusLine?: ReactNode
}

/** Name, company, status, key times and contact actions. */
export function LeadHeader(props: LeadHeaderProps) {
  const { format, leadTimeZone } = props
  const subtitle = displayValue(props.subtitle)
  return (
    <header className="aura-panel-header">
      <PanelTitle className="aura-panel-title">
        <bdi>{displayValue(props.name, 300) ?? 'Unnamed lead'}</bdi>
      </PanelTitle>
      {subtitle ? (
        <p className="aura-panel-subtitle" dir="auto">
          {subtitle}
        </p>
      ) : null}
      <div className="aura-panel-status">
        <StatusBadge value={props.status} labels={props.statusLabels} />
        {props.statusLine}
      </div>
      <ContactActions email={props.email} phone={props.phone} />
      <FieldList>
        {props.times.map(([label, value]) =>
          value === null || value === undefined ? null : (
            <Field key={label} label={label}>
              <TimeStamp value={value} format={format} leadTimeZone={leadTimeZone} />
            </Field>
          ),
        )}
        {props.children}
      </FieldList>
    </header>
  )
}
