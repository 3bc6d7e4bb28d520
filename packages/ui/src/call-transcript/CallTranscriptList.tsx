'use client'
import { forwardRef, type HTMLAttributes, type Ref } from 'react'
import { DataState } from '../data-table/states.tsx'
import { useMessages } from '../kit/useMessages.ts'
import { transcript as transcriptEn } from '../messages/en/transcript.ts'
import { useTranscriptCall, useTranscriptState } from './CallTranscriptContext.ts'
import { TranscriptList, type TranscriptListOptions } from './TranscriptList.tsx'
import { TRANSCRIPT_KEY_SHORTCUTS } from './transcriptShortcuts.ts'

export interface CallTranscriptListProps
  extends HTMLAttributes<HTMLElement>,
    TranscriptListOptions {}

/**
 * The segments as a scrolling, virtualized region: consecutive lines of a speaker under one name,
 * search hits in `<mark>`, the playing line marked (`data-state="active"`, `aria-current`) and kept
 * in view while following. With a player mounted, a click on a line plays from there. When there
 * is nothing to list (no transcript, no segments, every speaker filtered out) the kit's empty
 * state takes its place, with its ref and props.
 */
export const CallTranscriptList = forwardRef<HTMLElement, CallTranscriptListProps>(
  function CallTranscriptList({ estimateRowHeight, overscan, ...props }, ref) {
    const { call, transcript, colors, label, legendId } = useTranscriptCall('List')
    const state = useTranscriptState('List')
    const text = useMessages('transcript', transcriptEn)
    if (transcript.entries.length === 0 || state.rows.length === 0) {
      let title = text.noSegmentsForSpeakers
      if (transcript.entries.length === 0) {
        title = call.transcript_data != null ? text.noSegments : text.noTranscript
      }
      // In the list's place, with the list's ref and props.
      return <DataState {...props} ref={ref as Ref<HTMLDivElement>} status="empty" title={title} />
    }
    const { playable } = state
    return (
      <TranscriptList
        aria-label={label ? text.namedSegments(label) : text.segments}
        aria-describedby={playable ? legendId : undefined}
        // The root handles these keys; the list, where focus rests, announces them.
        aria-keyshortcuts={playable ? TRANSCRIPT_KEY_SHORTCUTS : undefined}
        {...props}
        ref={ref}
        estimateRowHeight={estimateRowHeight}
        overscan={overscan}
        rows={state.rows}
        activeEntry={state.activeEntry}
        search={state.search.result}
        currentMatch={state.search.currentMatch}
        onSeek={playable ? state.onSeek : undefined}
        colors={colors}
        follow={state.follow && playable}
        onManualScroll={state.onManualScroll}
        messages={text}
      />
    )
  },
)
