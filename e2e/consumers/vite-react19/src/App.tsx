import { createAuraClient, type Lead } from '@aura-kit/client'
import { AuraKitProvider, useCalls } from '@aura-kit/hooks'
import { CallTranscript, LeadDetailSheet, LeadsTable } from '@aura-kit/ui'
import { useState } from 'react'

// The API origin: `?api=` (the consumer test points it at the mock), else this page's origin.
const baseUrl = new URLSearchParams(window.location.search).get('api') ?? window.location.origin

// One client for the app's lifetime, made outside React.
const client = createAuraClient({
  baseUrl,
  getToken: async () => 'partner-app-token',
})

export function App() {
  return (
    <AuraKitProvider client={client}>
      <main>
        <h1>Partner CRM</h1>
        <Leads />
        <FirstTranscript />
      </main>
    </AuraKitProvider>
  )
}

function Leads() {
  const [lead, setLead] = useState<Lead | undefined>(undefined)
  return (
    <section aria-labelledby="leads-heading">
      <h2 id="leads-heading">Leads</h2>
      <LeadsTable label="Leads" onRowOpen={setLead} />
      <LeadDetailSheet
        leadId={lead?.id}
        open={lead !== undefined}
        onOpenChange={(open) => {
          if (!open) {
            setLead(undefined)
          }
        }}
      />
    </section>
  )
}

/** The transcript of the latest closed call that has one. */
function FirstTranscript() {
  const calls = useCalls({ status: 'closed', limit: 25 })
  if (calls.status === 'pending') {
    return <p>Loading calls…</p>
  }
  if (calls.status === 'error') {
    return <p role="alert">Calls could not be loaded.</p>
  }
  const call = calls.rows.find((row) => (row.transcript_data?.segments?.length ?? 0) > 0)
  if (call === undefined) {
    return <p>No call with a transcript yet.</p>
  }
  return (
    <section aria-labelledby="call-heading">
      <h2 id="call-heading" data-call-id={call.id}>
        Call transcript
      </h2>
      <CallTranscript callId={call.id} />
    </section>
  )
}
