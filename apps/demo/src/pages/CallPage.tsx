import type { Call } from '@aura-kit/client'
import { useCall, useLead } from '@aura-kit/hooks'
import { CallTranscript, useKit } from '@aura-kit/ui'
import { safeHref } from '@aura-kit/ui/utils'
import { Link, useLocation, useParams } from 'react-router'
import { useConnection } from '../connection/ConnectionProvider.tsx'
import { useStrings } from '../i18n/LanguageProvider.tsx'
import { PageHeader } from '../layout/PageHeader.tsx'
import { Field, FieldList } from './FieldList.tsx'

/** History state from the calls list, so "All calls" returns to the same filters. */
export interface CallPageState {
  listSearch?: string
}

/**
 * `/calls/:callId`: `CallTranscript` (details, summary, recording, searchable transcript) under
 * the demo's own links. Both read the same cached `useCall` query, so the call loads once; the
 * component shows the loading and error states. Dates use the kit's formatters (its locale).
 */
export function CallPage() {
  const { callId = '' } = useParams()
  const state = useLocation().state as CallPageState | null
  const call = useCall(callId).data
  const { format } = useKit()
  const strings = useStrings()
  const { connection } = useConnection()
  const listSearch = typeof state?.listSearch === 'string' ? state.listSearch : ''
  return (
    <div className="demo-page">
      <p>
        <Link to={{ pathname: '/calls', search: listSearch }}>{strings.allCalls}</Link>
      </p>
      <PageHeader
        title={call ? strings.callOn(format.dateTime(call.scheduled_at)) : strings.callTitle}
        description={<code>{callId}</code>}
      />
      {call ? <RelatedLinks call={call} /> : null}
      <CallTranscript
        callId={callId}
        className="demo-transcript"
        // The mock sends absolute recording URLs; a real API may send paths under its base URL.
        recordingBaseUrl={connection.kind === 'mock' ? location.origin : connection.baseUrl}
      />
    </div>
  )
}

function RelatedLinks({ call }: { call: Call }) {
  const strings = useStrings()
  return (
    <section aria-labelledby="call-related" className="demo-card">
      <h2 id="call-related">{strings.related}</h2>
      <FieldList>
        <Field label={strings.relatedLead}>
          {call.lead_id ? <LeadLink leadId={call.lead_id} /> : null}
        </Field>
        <Field label={strings.bookingLink}>{call.booking_link_id}</Field>
        <Field label={strings.recording} href={safeHref(call.recording_url)}>
          {call.has_recording ? strings.downloadRecording : null}
        </Field>
      </FieldList>
    </section>
  )
}

/**
 * The call's lead by name: from a cached list at once, else fetched. The id shows while the lead
 * loads, or if it cannot be loaded or has neither name nor email.
 */
function LeadLink({ leadId }: { leadId: string }) {
  const lead = useLead(leadId).data
  const name = lead?.full_name?.trim() || lead?.email?.trim() || leadId
  return <Link to={`/leads/${encodeURIComponent(leadId)}`}>{name}</Link>
}
