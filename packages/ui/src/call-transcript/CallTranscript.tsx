'use client'
import type { Call } from '@aura-kit/client'
import { useCall } from '@aura-kit/hooks'
import { type ReactNode, useMemo } from 'react'
import { AuraRoot } from '../aura-root/AuraRoot.tsx'
import type { Appearance } from '../aura-root/appearance.ts'
import { EmptyState, ErrorMessage, SkeletonRows } from '../data-table/states.tsx'
import { createFormatters } from '../utils/formatters.ts'
import { mediaKindOf } from '../utils/safeMediaSrc.ts'
import { CallHeader, type ResolveUserName } from './CallHeader.tsx'
import { CallInsights } from './CallInsights.tsx'
import { TranscriptPanel } from './TranscriptPanel.tsx'
import { type ResolveRecordingSrc, useRecordingSrc } from './useRecordingSrc.ts'

export interface CallTranscriptProps {
  /** Loads the call through `<AuraKitProvider>` (`useCall`). Ignored when `call` is given. */
  callId?: string | undefined
  /** A call from your own data layer; no provider needed. */
  call?: Call | undefined
  /**
   * Base for a relative `recording_url` (the mock API serves `/media/recordings/{id}.wav`).
   * Default the provider client's `baseUrl`; without a provider a relative URL is not played.
   */
  recordingBaseUrl?: string | undefined
  /** The URL to play for this call (signed or proxied); default the provider's `recordings.resolveSrc`. */
  resolveRecordingSrc?: ResolveRecordingSrc | undefined
  /** `client` downloads the recording with the client's token; default the provider's `recordings.access`. */
  recordingAccess?: 'direct' | 'client' | undefined
  /** MIME type of the recording when its URL has no telling extension, e.g. `video/mp4`. */
  recordingType?: string | undefined
  /** Shows closer, setter and action-item owners (Clerk user ids) as names; ids when undefined. */
  resolveUserName?: ResolveUserName | undefined
  /** Replaces the transcript download (the Blob and a file name). */
  onExport?: ((blob: Blob, filename: string) => void) | undefined
  /** BCP 47 locale for numbers and dates; default the runtime's. */
  locale?: string | undefined
  /** IANA zone for dates; default the runtime's. */
  timeZone?: string | undefined
  /** ISO 4217 code for the deal value (cents); default USD. */
  currency?: string | undefined
  appearance?: Appearance | undefined
  className?: string | undefined
  /** Accessible name of the component; default "Call transcript". */
  label?: string | undefined
}

/**
 * A call's details, AI summary, action items, booking answers, recording and searchable,
 * virtualized transcript. Pass `call`, or `callId` inside `<AuraKitProvider>`.
 */
export function CallTranscript(props: CallTranscriptProps) {
  let content: ReactNode
  if (props.call) {
    content = <CallTranscriptView {...props} call={props.call} />
  } else if (props.callId) {
    content = <QueryCallTranscript {...props} callId={props.callId} />
  } else {
    content = <EmptyState message="No call selected." />
  }
  return (
    <AuraRoot appearance={props.appearance} className={props.className}>
      {content}
    </AuraRoot>
  )
}

function QueryCallTranscript(props: CallTranscriptProps & { callId: string }) {
  const query = useCall(props.callId)
  if (query.data) {
    return <CallTranscriptView {...props} call={query.data} />
  }
  const label = props.label ?? 'Call transcript'
  if (query.status === 'error') {
    return (
      <section className="aura-transcript" aria-label={label}>
        <div className="aura-state aura-state-error" role="alert">
          <strong className="aura-state-title">Couldn't load this call</strong>
          <ErrorMessage error={query.error} />
          <button type="button" className="aura-button" onClick={() => query.refetch()}>
            Retry
          </button>
        </div>
      </section>
    )
  }
  return (
    <section className="aura-transcript" aria-label={label} aria-busy="true">
      <span className="aura-visually-hidden" role="status">
        Loading call…
      </span>
      <SkeletonRows count={6} columns={2} />
    </section>
  )
}

function CallTranscriptView(props: CallTranscriptProps & { call: Call }) {
  const { call, locale, timeZone, currency } = props
  const format = useMemo(
    () => createFormatters({ locale, timeZone, currency }),
    [locale, timeZone, currency],
  )
  const recording = useRecordingSrc(call, {
    baseUrl: props.recordingBaseUrl,
    resolveSrc: props.resolveRecordingSrc,
    access: props.recordingAccess,
  })
  const recordingSrc = recording.src
  return (
    <section className="aura-transcript" aria-label={props.label ?? 'Call transcript'}>
      <CallHeader call={call} format={format} resolveUserName={props.resolveUserName} />
      <CallInsights call={call} format={format} resolveUserName={props.resolveUserName} />
      <TranscriptPanel
        call={call}
        recordingSrc={recordingSrc}
        recordingStatus={recording.status}
        recordingKind={recordingSrc ? mediaKindOf(recordingSrc, props.recordingType) : 'audio'}
        onExport={props.onExport}
        // A labelled transcript names its list after itself, so two on a page differ.
        listLabel={props.label ? `${props.label}: transcript segments` : 'Transcript segments'}
      />
    </section>
  )
}
