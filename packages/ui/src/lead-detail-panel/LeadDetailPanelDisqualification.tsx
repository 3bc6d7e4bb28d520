'use client'
import { forwardRef } from 'react'
import { useMessages } from '../kit/useMessages.ts'
import { leadPanel as leadPanelEn } from '../messages/en/leadPanel.ts'
import { EMPTY_VALUE } from '../utils/formatters.ts'
import { usePanel } from './LeadDetailContext.tsx'
import { Field, FieldList, type LeadDetailSectionProps, PanelSection } from './PanelSection.tsx'
import { hasHostContent } from './renderPart.tsx'
import { TimeStamp } from './TimeStamp.tsx'
import { entriesOf } from './valueText.ts'

const KNOWN_KEYS = new Set(['booking_link_id', 'evaluated_at', 'triggering_field'])

/**
 * Which booking-form answer disqualified the lead, when, and any other keys of its
 * `disqualification_data`. Aura leads only; renders nothing when there is no such data.
 */
export const LeadDetailPanelDisqualification = forwardRef<HTMLElement, LeadDetailSectionProps>(
  function LeadDetailPanelDisqualification(props, ref) {
    const panel = usePanel()
    const labels = useMessages('leadPanel', leadPanelEn)
    const entries = new Map(
      entriesOf(panel.source === 'aura' ? panel.lead.disqualification_data : undefined),
    )
    if (entries.size === 0 && !hasHostContent(props.asChild, props.children)) {
      return null
    }
    const { text } = panel
    const trigger = new Map(entriesOf(entries.get('triggering_field')))
    const label = text(trigger.get('label'))
    const key = text(trigger.get('key'))
    const bookingLink = text(entries.get('booking_link_id'))
    const extra = [...entries].filter(([name]) => !KNOWN_KEYS.has(name))
    return (
      <PanelSection
        {...props}
        ref={ref}
        defaultHeading={labels.disqualification}
        sectionClass="aura-disqualification"
        body={
          <FieldList>
            {label || key ? (
              <Field label={labels.triggeredBy}>
                {label ?? key}
                {label && key ? <span className="aura-mono"> ({key})</span> : null}
              </Field>
            ) : null}
            {trigger.has('value') ? (
              <Field label={labels.answer}>{text(trigger.get('value')) ?? labels.noAnswer}</Field>
            ) : null}
            {entries.has('evaluated_at') ? (
              <Field label={labels.evaluated}>
                <TimeStamp value={entries.get('evaluated_at')} compact />
              </Field>
            ) : null}
            {bookingLink ? (
              <Field label={labels.bookingLink} code>
                {bookingLink}
              </Field>
            ) : null}
            {extra.map(([name, value]) => (
              <Field key={name} label={name}>
                {text(value) ?? EMPTY_VALUE}
              </Field>
            ))}
          </FieldList>
        }
      />
    )
  },
)
