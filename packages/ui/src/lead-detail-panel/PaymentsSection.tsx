import { en } from '../messages/en/index.ts'
import { EMPTY_VALUE } from '../utils/formatters.ts'
import { displayValue } from './displayValue.ts'
import { Field, FieldList, PanelSection } from './PanelSection.tsx'
import type { PanelFormatters } from './panelFormatters.ts'
import { TimeStamp } from './TimeStamp.tsx'

/** English labels; components read the kit's `messages.statuses.payment`. */
export const PAYMENT_STATUS_LABELS: Record<string, string> = en.statuses.payment

export interface PaymentFields {
  payment_status?: unknown
  payment_count?: unknown
  total_paid_cents?: unknown
  last_payment_at?: unknown
}

const isMissing = (value: unknown) => value === null || value === undefined

/** Payment status, count, total (from cents) and last payment; hidden when all are missing. */
export function PaymentsSection({
  lead,
  format,
}: {
  lead: PaymentFields
  format: PanelFormatters
}) {
  const { payment_status, payment_count, total_paid_cents, last_payment_at } = lead
  if ([payment_status, payment_count, total_paid_cents, last_payment_at].every(isMissing)) {
    return null
  }
  const status =
    typeof payment_status === 'string' && Object.hasOwn(PAYMENT_STATUS_LABELS, payment_status)
      ? PAYMENT_STATUS_LABELS[payment_status]
      : displayValue(payment_status)
  return (
    <PanelSection title="Payments">
      <FieldList>
        <Field label="Status">{status ?? EMPTY_VALUE}</Field>
        <Field label="Payments">{format.integer(payment_count)}</Field>
        <Field label="Total paid">{format.money(total_paid_cents)}</Field>
        <Field label="Last payment">
          <TimeStamp value={last_payment_at} format={format} compact />
        </Field>
      </FieldList>
    </PanelSection>
  )
}
