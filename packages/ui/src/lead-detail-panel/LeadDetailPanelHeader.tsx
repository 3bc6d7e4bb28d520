'use client'
import { forwardRef, type HTMLAttributes, type ReactNode } from 'react'
import { StatusBadge, type StatusKind } from '../data-table/cells.tsx'
import type { PartProps } from '../kit/parts.ts'
import { UserName } from '../kit/UserName.tsx'
import { useMessageSections } from '../kit/useMessages.ts'
import { leadPanel as leadPanelEn } from '../messages/en/leadPanel.ts'
import type { AuraMessages } from '../messages/types.ts'
import { type PanelContextValue, usePanel } from './LeadDetailContext.tsx'
import { Field, FieldList } from './PanelSection.tsx'
import { PanelTitle } from './PanelTitle.tsx'
import { renderPart } from './renderPart.tsx'
import { TimeStamp } from './TimeStamp.tsx'

export interface LeadDetailPanelHeaderProps extends HTMLAttributes<HTMLElement>, PartProps {
  /**
   * Replaces the key facts under the status (times, the lead's time zone, assignee, id); the
   * name, subtitle and status stay, since they name the panel (and the sheet's dialog).
   */
  children?: ReactNode
}

type Messages = Pick<AuraMessages, 'leadPanel'>

interface HeaderData {
  name: unknown
  subtitle: unknown
  status: unknown
  statusKind: StatusKind
  facts: ReactNode
}

/** The lead's name, company (or "Octanist lead"), status and key facts, in a `header`. */
export const LeadDetailPanelHeader = forwardRef<HTMLElement, LeadDetailPanelHeaderProps>(
  function LeadDetailPanelHeader({ asChild, children, ...props }, ref) {
    const panel = usePanel()
    const messages = useMessageSections({ leadPanel: leadPanelEn })
    const data = headerData(panel, messages)
    const subtitle = panel.text(data.subtitle)
    return renderPart({
      tag: 'header',
      asChild,
      ref,
      className: 'aura-panel-header',
      props,
      children,
      render: (own) => (
        <>
          <PanelTitle className="aura-panel-title">
            <bdi>{panel.text(data.name, 300) ?? messages.leadPanel.unnamedLead}</bdi>
          </PanelTitle>
          {subtitle ? (
            <p className="aura-panel-subtitle" dir="auto">
              {subtitle}
            </p>
          ) : null}
          <div className="aura-panel-status">
            <StatusBadge value={data.status} kind={data.statusKind} />
            {panel.source === 'aura' ? (
              <span className="aura-refreshing" role="status">
                {panel.refreshing ? messages.leadPanel.refreshing : ''}
              </span>
            ) : null}
          </div>
          {own ?? data.facts}
        </>
      ),
    })
  },
)

function headerData(panel: PanelContextValue, messages: Messages): HeaderData {
  const labels = messages.leadPanel
  if (panel.source === 'octanist') {
    const lead = panel.octanistLead
    return {
      name: lead.name,
      subtitle: labels.octanistLead,
      status: lead.status,
      statusKind: 'octanist',
      facts: (
        <Facts
          times={[
            [labels.created, lead.createdAt],
            [labels.updated, lead.updatedAt],
            [labels.qualified, lead.qualifiedAt],
            [labels.expires, lead.expiresAt],
          ]}
        >
          <Field label={labels.leadId} code>
            {lead.id}
          </Field>
        </Facts>
      ),
    }
  }
  const { lead } = panel
  const assignee =
    typeof lead.assigned_to_id === 'string' && lead.assigned_to_id !== ''
      ? lead.assigned_to_id
      : undefined
  const timeZone = panel.text(lead.timezone)
  return {
    name: lead.full_name,
    subtitle: lead.company,
    status: lead.status,
    statusKind: 'lead',
    facts: (
      <Facts
        leadTimeZone={lead.timezone}
        times={[
          [labels.created, lead.created_at],
          [labels.updated, lead.updated_at],
        ]}
      >
        {timeZone ? <Field label={labels.leadTimeZone}>{timeZone}</Field> : null}
        {assignee ? (
          <Field label={labels.assignedTo}>
            <UserName userId={assignee} />
          </Field>
        ) : null}
        <Field label={labels.leadId} code>
          {lead.id}
        </Field>
      </Facts>
    ),
  }
}

/** Labelled times (relative, in the viewer's and the lead's zone), then the other facts. */
function Facts({
  times,
  leadTimeZone,
  children,
}: {
  times: ReadonlyArray<readonly [string, unknown]>
  leadTimeZone?: unknown
  children: ReactNode
}) {
  return (
    <FieldList>
      {times.map(([label, value]) =>
        value === null || value === undefined ? null : (
          <Field key={label} label={label}>
            <TimeStamp value={value} leadTimeZone={leadTimeZone} />
          </Field>
        ),
      )}
      {children}
    </FieldList>
  )
}
