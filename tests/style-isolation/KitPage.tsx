import {
  CallsTable,
  CallTranscript,
  CreateLeadForm,
  LeadDetailPanel,
  LeadDetailSheet,
  LeadsTable,
  OctanistLeadsTable,
} from '@aura-kit/ui'
import type { CSSProperties, ReactNode } from 'react'
import { MockApiProvider } from '../../packages/ui/src/test-utils/MockApiProvider.tsx'
import { CALLS, LEADS, NOW, PANEL_LEAD, recordedCall } from './fixtures.ts'

/** The host's own layout, written inline so no stylesheet in the matrix can move or size it. */
const SLOT: CSSProperties = {
  display: 'block',
  boxSizing: 'border-box',
  width: 1100,
  margin: 0,
  padding: 0,
  border: 0,
  marginBottom: 24,
}

const DISPLAY = { locale: 'en-US', timeZone: 'UTC' } as const

/** Where a component sits on the page; the probes and screenshots find it by this name. */
export type Slot =
  | 'leads'
  | 'calls'
  | 'leads-live'
  | 'octanist'
  | 'panel'
  | 'transcript'
  | 'form'
  | 'columns-menu'
  | 'sheet'

function HostSlot({ name, children }: { name: Slot; children: ReactNode }) {
  return (
    <div data-slot={name} style={SLOT}>
      {children}
    </div>
  )
}

const call = recordedCall()

/**
 * Every kit component with fixed data, inside a host page: the tables with their `data` prop (the
 * calls in the dark theme), a leads table through the provider (filter bar: select, inputs,
 * Apply), the Octanist table (search, date and number inputs), the lead panel (custom theme variables), the call transcript and the create-lead form.
 */
export function KitPage() {
  return (
    <MockApiProvider>
      <HostSlot name="leads">
        <LeadsTable {...DISPLAY} data={LEADS} sortLoadedRows />
      </HostSlot>
      <HostSlot name="calls">
        <CallsTable {...DISPLAY} data={CALLS} appearance={{ theme: 'dark' }} />
      </HostSlot>
      <HostSlot name="leads-live">
        <LeadsTable {...DISPLAY} label="Live leads" pageSize={20} />
      </HostSlot>
      <HostSlot name="octanist">
        <OctanistLeadsTable {...DISPLAY} />
      </HostSlot>
      <HostSlot name="panel">
        <LeadDetailPanel
          {...DISPLAY}
          now={NOW}
          lead={PANEL_LEAD}
          appearance={{ variables: { colorPrimary: '#00796b', borderRadius: '2px' } }}
        />
      </HostSlot>
      <HostSlot name="transcript">
        <CallTranscript {...DISPLAY} call={call} />
      </HostSlot>
      <HostSlot name="form">
        <CreateLeadForm
          defaultValues={{ timezone: 'Europe/Berlin' }}
          onCancel={() => {}}
          label="New lead"
        />
      </HostSlot>
    </MockApiProvider>
  )
}

/** The lead sheet, open: a modal Radix Dialog portalled into its own kit root. */
export function SheetPage() {
  return (
    <HostSlot name="sheet">
      <LeadDetailSheet {...DISPLAY} now={NOW} lead={PANEL_LEAD} open onOpenChange={() => {}} />
    </HostSlot>
  )
}
