import { EMPTY_VALUE } from '../utils/formatters.ts'
import { displayValue, entriesOf } from './displayValue.ts'
import { Field, FieldList, PanelSection } from './PanelSection.tsx'
import type { PanelFormatters } from './panelFormatters.ts'
import { TimeStamp } from './TimeStamp.tsx'

const KNOWN_KEYS = new Set(['booking_link_id', 'evaluated_at', 'triggering_field'])

/** Which booking-form answer disqualified the lead, and when; hidden when there is no data. */
export function DisqualificationSection({
  data,
  format,
}: {
  data: unknown
  format: PanelFormatters
}) {
  const entries = new Map(entriesOf(data))
  if (entries.size === 0) {
    return null
  }
  const trigger = new Map(entriesOf(entries.get('triggering_field')))
  const label = displayValue(trigger.get('label'))
  const key = displayValue(trigger.get('key'))
  const answer = trigger.get('value')
  const extra = [...entries].filter(([name]) => !KNOWN_KEYS.has(name))
  return (
    <PanelSection title="Disqualification" className="aura-disqualification">
      <FieldList>
        {label || key ? (
          <Field label="Triggered by">
            {label ?? key}
            {label && key ? <span className="aura-mono"> ({key})</span> : null}
          </Field>
        ) : null}
        {trigger.has('value') ? (
          <Field label="Answer">{displayValue(answer) ?? 'No answer'}</Field>
        ) : null}
        {entries.has('evaluated_at') ? (
          <Field label="Evaluated">
            <TimeStamp value={entries.get('evaluated_at')} format={format} compact />
          </Field>
        ) : null}
        {displayValue(entries.get('booking_link_id')) ? (
          <Field label="Booking link" code>
            {displayValue(entries.get('booking_link_id'))}
          </Field>
        ) : null}
        {extra.map(([name, value]) => (
          <Field key={name} label={name}>
            {displayValue(value) ?? EMPTY_VALUE}
          </Field>
        ))}
      </FieldList>
    </PanelSection>
  )
}
