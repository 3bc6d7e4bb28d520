'use client'
import { forwardRef } from 'react'
import { useMessages } from '../kit/useMessages.ts'
import { transcript as transcriptEn } from '../messages/en/transcript.ts'
import { useTranscriptCall } from './CallTranscriptContext.ts'
import { CallTranscriptExport } from './CallTranscriptExport.tsx'
import { CallTranscriptFollow } from './CallTranscriptFollow.tsx'
import { CallTranscriptHeader } from './CallTranscriptHeader.tsx'
import { CallTranscriptInsights } from './CallTranscriptInsights.tsx'
import { CallTranscriptList } from './CallTranscriptList.tsx'
import { CallTranscriptPlayer } from './CallTranscriptPlayer.tsx'
import { CallTranscriptRoot, type CallTranscriptRootProps } from './CallTranscriptRoot.tsx'
import { CallTranscriptSearch } from './CallTranscriptSearch.tsx'
import { CallTranscriptSpeakerFilter } from './CallTranscriptSpeakerFilter.tsx'

export interface CallTranscriptProps extends Omit<CallTranscriptRootProps, 'children'> {}

/**
 * A call's details, AI summary, action items, booking answers, recording and searchable,
 * virtualized transcript. Pass `call`, or `callId` inside `<AuraKitProvider>`. To rearrange,
 * hide or replace a section, compose the parts yourself: `CallTranscript.Root`, `.Header`,
 * `.Insights`, `.Player`, `.Search`, `.SpeakerFilter`, `.Follow`, `.Export`, `.List`.
 */
const CallTranscriptComponent = forwardRef<HTMLDivElement, CallTranscriptProps>(
  function CallTranscript(props, ref) {
    return (
      <CallTranscriptRoot {...props} ref={ref}>
        <div className="aura-transcript">
          <CallTranscriptHeader />
          <CallTranscriptInsights />
          <TranscriptSection />
        </div>
      </CallTranscriptRoot>
    )
  },
)

/** The recording, the tools and the segments under one heading. */
function TranscriptSection() {
  const { transcript } = useTranscriptCall('List')
  const text = useMessages('transcript', transcriptEn)
  return (
    <div className="aura-transcript-panel">
      <h2 className="aura-transcript-heading">{text.heading}</h2>
      <CallTranscriptPlayer />
      {transcript.entries.length > 0 ? (
        <div className="aura-toolbar aura-transcript-toolbar">
          <CallTranscriptSearch />
          <CallTranscriptSpeakerFilter />
          <CallTranscriptFollow />
          <CallTranscriptExport />
        </div>
      ) : null}
      <CallTranscriptList />
    </div>
  )
}

/** The ready-made transcript, with its parts as `CallTranscript.Root`, `CallTranscript.List`… */
export const CallTranscript = Object.assign(CallTranscriptComponent, {
  Root: CallTranscriptRoot,
  Header: CallTranscriptHeader,
  Insights: CallTranscriptInsights,
  Player: CallTranscriptPlayer,
  Search: CallTranscriptSearch,
  SpeakerFilter: CallTranscriptSpeakerFilter,
  Follow: CallTranscriptFollow,
  Export: CallTranscriptExport,
  List: CallTranscriptList,
})
