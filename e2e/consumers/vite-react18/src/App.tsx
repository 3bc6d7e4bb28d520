import type { AuraClient, Call } from '@aura-kit/client'
import { createAuraClient } from '@aura-kit/client'
import { AuraKitProvider, useCalls } from '@aura-kit/hooks'
import { CallTranscript, LeadDetailSheet, LeadsTable } from '@aura-kit/ui'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'

// The API origin: `?api=` (the consumer test points it at the mock), else this page's origin.
const params = new URLSearchParams(window.location.search)
const baseUrl = params.get('api') ?? window.location.origin

const client: AuraClient = createAuraClient({
  baseUrl,
  getToken: () => 'partner-app-token',
})

// This partner already runs TanStack Query; the kit shares their QueryClient.
const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 } } })

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <AuraKitProvider client={client}>
        <main>
          <h1>Partner CRM</h1>
          <Leads />
          <FirstTranscript />
        </main>
      </AuraKitProvider>
    </QueryClientProvider>
  )
}

function Leads() {
  const [leadId, setLeadId] = useState<string | null>(null)
  return (
    <section aria-labelledby="leads-heading">
      <h2 id="leads-heading">Leads</h2>
      <LeadsTable label="Leads" pageSize={50} onRowOpen={(lead) => setLeadId(lead.id)} />
      {leadId === null ? null : (
        <LeadDetailSheet
          leadId={leadId}
          defaultOpen
          onOpenChange={(open) => {
            if (!open) {
              setLeadId(null)
            }
          }}
        />
      )}
    </section>
  )
}

const hasTranscript = (call: Call): boolean => (call.transcript_data?.segments?.length ?? 0) > 0

/** The transcript of the latest closed call that has one. */
function FirstTranscript() {
  const { rows, status } = useCalls({ status: 'closed', limit: 25 })
  const call = rows.find(hasTranscript)
  if (status === 'pending') {
    return <p>Loading calls…</p>
  }
  if (status === 'error') {
    return <p role="alert">Calls could not be loaded.</p>
  }
  if (!call) {
    return <p>No call with a transcript yet.</p>
  }
  return (
    <section aria-labelledby="call-heading">
      <h2 id="call-heading" data-call-id={call.id}>
        Call transcript
      </h2>
      <CallTranscript callId={call.id} locale="en-US" timeZone="UTC" />
    </section>
  )
}
