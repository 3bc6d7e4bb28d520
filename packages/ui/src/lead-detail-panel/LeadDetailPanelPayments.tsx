'use client'
import { forwardRef } from 'react'
import { useMessageSections } from '../kit/useMessages.ts'
import { leadPanel as leadPanelEn } from '../messages/en/leadPanel.ts'
import { statuses as statusesEn } from '../messages/en/statuses.ts'
import { EMPTY_VALUE } from '../utils/formatters.ts'
import { usePanel } from './LeadDetailContext.tsx'
import { Field, FieldList, type LeadDetailSectionProps, PanelSection } from './PanelSection.tsx'
import { hasHostContent } from './renderPart.tsx'
import { TimeStamp } from './TimeStamp.tsx'

/** English labels; components read the kit's `messages.statuses.payment`. */
export const PAYMENT_STATUS_LABELS: Record<string, string> = statusesEn.payment

const isMissing = (value: unknown) => value === null || value === undefined

/**
 * Payment status, count, total (from cents, in the kit's currency) and last payment. Aura leads
 * only; renders nothing for an Octanist lead or when all four are missing.
 */
export const LeadDetailPanelPayments = forwardRef<HTMLElement, LeadDetailSectionProps>(
  function LeadDetailPanelPayments(props, ref) {
    const panel = usePanel()
    const messages = useMessageSections({ leadPanel: leadPanelEn, statuses: statusesEn })
    const labels = messages.leadPanel
    const lead = panel.source === 'aura' ? panel.lead : undefined
    const values = lead
      ? [lead.payment_status, lead.payment_count, lead.total_paid_cents, lead.last_payment_at]
      : []
    const empty = values.every(isMissing)
    if (empty && !hasHostContent(props.asChild, props.children)) {
      return null
    }
    const statusLabels = messages.statuses.payment
    const status = lead?.payment_status
    const statusText =
      typeof status === 'string' && Object.hasOwn(statusLabels, status)
        ? statusLabels[status]
        : panel.text(status)
    return (
      <PanelSection
        {...props}
        ref={ref}
        defaultHeading={labels.payments}
        sectionClass="aura-payments"
        body={
          <FieldList>
            <Field label={labels.paymentStatus}>{statusText ?? EMPTY_VALUE}</Field>
            <Field label={labels.paymentCount}>{panel.format.integer(lead?.payment_count)}</Field>
            <Field label={labels.totalPaid}>{panel.format.money(lead?.total_paid_cents)}</Field>
            <Field label={labels.lastPayment}>
              <TimeStamp value={lead?.last_payment_at} compact />
            </Field>
          </FieldList>
        }
      />
    )
  },
)
