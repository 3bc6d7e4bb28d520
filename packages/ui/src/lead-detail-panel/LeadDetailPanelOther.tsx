'use client'
import { leadSchema } from '@aura-kit/client'
import { forwardRef } from 'react'
import { useMessages } from '../kit/useMessages.ts'
import { leadPanel as leadPanelEn } from '../messages/en/leadPanel.ts'
import { EMPTY_VALUE } from '../utils/formatters.ts'
import { usePanel } from './LeadDetailContext.tsx'
import { KNOWN_OCTANIST_KEYS } from './octanistFields.ts'
import { Field, FieldList, type LeadDetailSectionProps, PanelSection } from './PanelSection.tsx'
import { hasHostContent } from './renderPart.tsx'
import { entriesOf } from './valueText.ts'

const KNOWN_LEAD_KEYS: ReadonlySet<string> = new Set([
  ...Object.keys(leadSchema.entries),
  // Not documented, but the list endpoint filters on it, so the header gives it a row.
  'assigned_to_id',
])

/**
 * "Other fields": every top-level key of the lead no other part shows, as text, so nothing the
 * API sends is lost. Aura and Octanist leads; renders nothing when there is no such key.
 */
export const LeadDetailPanelOther = forwardRef<HTMLElement, LeadDetailSectionProps>(
  function LeadDetailPanelOther(props, ref) {
    const panel = usePanel()
    const labels = useMessages('leadPanel', leadPanelEn)
    const [record, known] =
      panel.source === 'aura'
        ? [panel.lead, KNOWN_LEAD_KEYS]
        : [panel.octanistLead, KNOWN_OCTANIST_KEYS]
    const unknown = entriesOf(record).filter(([key]) => !known.has(key))
    if (unknown.length === 0 && !hasHostContent(props.asChild, props.children)) {
      return null
    }
    return (
      <PanelSection
        {...props}
        ref={ref}
        defaultHeading={labels.otherFields}
        sectionClass="aura-other-fields"
        body={
          <FieldList>
            {unknown.map(([key, value]) => (
              <Field key={key} label={key}>
                {panel.text(value) ?? EMPTY_VALUE}
              </Field>
            ))}
          </FieldList>
        }
      />
    )
  },
)
