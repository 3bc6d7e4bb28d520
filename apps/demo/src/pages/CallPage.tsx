import type { Call } from '@aura-kit/client'
import { useCall } from '@aura-kit/hooks'
import { CALL_STATUS_LABELS, createFormatters, safeHref } from '@aura-kit/ui'
import { Link, useLocation, useParams } from 'react-router'
import { ErrorNotice } from '../layout/ErrorNotice.tsx'
import { PageHeader } from '../layout/PageHeader.tsx'
import { Field, FieldList } from './FieldList.tsx'

/** History state from the calls list, so "All calls" returns to the same filters. */
export interface CallPageState {
  listSearch?: string
}

const format = createFormatters()

/** `/calls/:callId`: the call's header fields; the transcript comes in phase 2. */
export function CallPage() {
  const { callId = '' } = useParams()
  const state = useLocation().state as CallPageState | null
  const query = useCall(callId)
  const call = query.data
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
      {call ? (
        <CallDetails call={call} />
      ) : query.isError ? (
        <ErrorNotice title="Couldn't load this call" error={query.error} />
      ) : (
        <p role="status">Loading call…</p>
      )}
    </div>
  )
}

function CallDetails({ call }: { call: Call }) {
  const status = call.status ?? null
  const segments = call.transcript_data?.segments?.length ?? 0
  return (
    <>
      <section aria-labelledby="call-overview" className="demo-card">
        <h2 id="call-overview">Overview</h2>
        <FieldList>
          <Field label="Status">{status ? (CALL_STATUS_LABELS[status] ?? status) : null}</Field>
          <Field label="Scheduled">{format.dateTime(call.scheduled_at)}</Field>
          <Field label="Started">{format.dateTime(call.started_at)}</Field>
          <Field label="Ended">{format.dateTime(call.ended_at)}</Field>
          <Field label="Duration">{format.minutes(call.duration_minutes)}</Field>
          <Field label="Deal value">{format.money(call.expected_deal_value)}</Field>
          <Field label="Closer">{call.closer_id}</Field>
          <Field label="Setter">{call.setter_id}</Field>
          <Field label="Lead">
            {call.lead_id ? (
              <Link to={`/leads/${encodeURIComponent(call.lead_id)}`}>{call.lead_id}</Link>
            ) : null}
          </Field>
          <Field label="Booking link">{call.booking_link_id}</Field>
          <Field label="Meeting link" href={safeHref(call.conferencing_link)}>
            {call.conferencing_link}
          </Field>
          <Field label="Recording" href={safeHref(call.recording_url)}>
            {call.has_recording ? 'Download (WAV)' : null}
          </Field>
        </FieldList>
      </section>
      {call.ai_summary ? (
        <section aria-labelledby="call-summary" className="demo-card">
          <h2 id="call-summary">Summary</h2>
          <p className="demo-break">
            <bdi>{call.ai_summary}</bdi>
          </p>
        </section>
      ) : null}
      <section aria-labelledby="call-transcript" className="demo-card">
        <h2 id="call-transcript">Transcript</h2>
        {/* PHASE 2: replace this paragraph with <CallTranscript call={call} /> from @aura-kit/ui
            (call-transcript/), with the recording player if it has one. */}
        <p className="demo-muted">
          {segments > 0 ? `${segments} segments.` : 'No transcript for this call.'}
        </p>
      </section>
    </>
  )
}
