import type { Call } from '@aura-kit/client'
import { useCall } from '@aura-kit/hooks'
import { CallTranscript, createFormatters, safeHref } from '@aura-kit/ui'
import { Link, useLocation, useParams } from 'react-router'
import { useConnection } from '../connection/ConnectionProvider.tsx'
import { PageHeader } from '../layout/PageHeader.tsx'
import { useTheme } from '../theme/ThemeProvider.tsx'
import { Field, FieldList } from './FieldList.tsx'

/** History state from the calls list, so "All calls" returns to the same filters. */
export interface CallPageState {
  listSearch?: string
}

const format = createFormatters()

/**
 * `/calls/:callId`: `CallTranscript` (details, summary, recording, searchable transcript) under
 * the demo's own links. Both read the same cached `useCall` query, so the call loads once; the
 * component shows the loading and error states.
 */
export function CallPage() {
  const { callId = '' } = useParams()
  const state = useLocation().state as CallPageState | null
  const call = useCall(callId).data
  const { appearance } = useTheme()
  const { connection } = useConnection()
  const listSearch = typeof state?.listSearch === 'string' ? state.listSearch : ''
  return (
    <div className="demo-page">
      <p>
        <Link to={{ pathname: '/calls', search: listSearch }}>← All calls</Link>
      </p>
      <PageHeader
        title={call ? `Call on ${format.dateTime(call.scheduled_at)}` : 'Call'}
        description={<code>{callId}</code>}
      />
      {call ? <RelatedLinks call={call} /> : null}
      <CallTranscript
        callId={callId}
        appearance={appearance}
        className="demo-transcript"
        // The mock sends absolute recording URLs; a real API may send paths under its base URL.
        recordingBaseUrl={connection.kind === 'mock' ? location.origin : connection.baseUrl}
      />
    </div>
  )
}

function RelatedLinks({ call }: { call: Call }) {
  return (
    <section aria-labelledby="call-related" className="demo-card">
      <h2 id="call-related">Related</h2>
      <FieldList>
        <Field label="Lead">
          {call.lead_id ? (
            <Link to={`/leads/${encodeURIComponent(call.lead_id)}`}>{call.lead_id}</Link>
          ) : null}
        </Field>
        <Field label="Booking link">{call.booking_link_id}</Field>
        <Field label="Recording" href={safeHref(call.recording_url)}>
          {call.has_recording ? 'Download (WAV)' : null}
        </Field>
      </FieldList>
    </section>
  )
}
