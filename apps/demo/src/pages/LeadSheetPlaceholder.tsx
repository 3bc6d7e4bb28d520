import type { Lead } from '@aura-kit/client'
import { useLead } from '@aura-kit/hooks'
import { createFormatters, LEAD_STATUS_LABELS, mailtoHref, telHref } from '@aura-kit/ui'
import { Dialog } from 'radix-ui'
import { ErrorNotice } from '../layout/ErrorNotice.tsx'
import { Field, FieldList } from './FieldList.tsx'
import { useReturnFocus } from './useReturnFocus.ts'

const format = createFormatters()

/**
 * Phase-1 stand-in for `LeadDetailSheet`: a side sheet with the lead's basic fields, all as text.
 */
export function LeadSheetPlaceholder({
  leadId,
  open,
  onOpenChange,
}: {
  leadId: string
  open: boolean
  onOpenChange: (open: boolean) => void
}) {
  const query = useLead(leadId)
  const lead = query.data
  const onCloseAutoFocus = useReturnFocus()
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="demo-sheet-overlay" />
        <Dialog.Content className="demo-sheet" onCloseAutoFocus={onCloseAutoFocus}>
          <div className="demo-sheet-header">
            <Dialog.Title className="demo-sheet-title demo-break">
              {lead ? <bdi>{lead.full_name || lead.email || 'Unnamed lead'}</bdi> : 'Lead'}
            </Dialog.Title>
            <Dialog.Close className="demo-button">Close</Dialog.Close>
          </div>
          <Dialog.Description className="demo-muted demo-sheet-description">
            Lead details
          </Dialog.Description>
          {lead ? (
            <LeadFields lead={lead} />
          ) : query.isError ? (
            <ErrorNotice title="Couldn't load this lead" error={query.error} />
          ) : (
            <p role="status">Loading lead…</p>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}

function LeadFields({ lead }: { lead: Lead }) {
  const status = lead.status ?? null
  return (
    <FieldList>
      <Field label="Status">{status ? (LEAD_STATUS_LABELS[status] ?? status) : null}</Field>
      <Field label="Email" href={mailtoHref(lead.email)}>
        {lead.email}
      </Field>
      <Field label="Phone" href={telHref(lead.phone)}>
        {lead.phone}
      </Field>
      <Field label="Company">{lead.company}</Field>
      <Field label="Source">{lead.source?.utm_source}</Field>
      <Field label="Time zone">{lead.timezone}</Field>
      <Field label="Created">{format.dateTime(lead.created_at)}</Field>
      <Field label="Total paid">{format.money(lead.total_paid_cents)}</Field>
      <Field label="Id">
        <code>{lead.id}</code>
      </Field>
    </FieldList>
  )
}
