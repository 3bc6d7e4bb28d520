'use client'
import type { Call } from '@aura-kit/client'
import { Toggle } from 'radix-ui'
import { type KeyboardEvent, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import { EmptyState } from '../data-table/states.tsx'
import type { MediaKind } from '../utils/safeMediaSrc.ts'
import { playFrom, skipBy, togglePlayback } from './mediaControls.ts'
import { RecordingPlayer } from './RecordingPlayer.tsx'
import { ShortcutLegend } from './ShortcutLegend.tsx'
import { SpeakerFilter } from './SpeakerFilter.tsx'
import { speakerColors } from './speakerColor.ts'
import { TranscriptExportMenu } from './TranscriptExportMenu.tsx'
import { TranscriptList } from './TranscriptList.tsx'
import { TranscriptSearchBox } from './TranscriptSearchBox.tsx'
import { transcriptToVtt } from './transcriptExport.ts'
import { normalizeTranscript, type TranscriptEntry } from './transcriptModel.ts'
import { shortcutFor, TRANSCRIPT_KEY_SHORTCUTS } from './transcriptShortcuts.ts'
import { useActiveSegment } from './useActiveSegment.ts'
import { useTranscriptSearch } from './useTranscriptSearch.ts'

export interface TranscriptPanelProps {
  call: Call
  /** A playable URL (already checked), or undefined. */
  recordingSrc: string | undefined
  /** `pending` while an async resolver or a client download runs; `error` when either failed. */
  recordingStatus?: 'none' | 'pending' | 'ready' | 'error' | undefined
  recordingKind: MediaKind
  onExport?: ((blob: Blob, filename: string) => void) | undefined
  /** Accessible name of the scrolling list of segments. */
  listLabel: string
}

const NO_SPEAKERS: ReadonlySet<string> = new Set()

/** Recording, search, speaker filter, follow toggle, export and the virtualized segments. */
export function TranscriptPanel({
  call,
  recordingSrc,
  recordingStatus,
  recordingKind,
  onExport,
  listLabel,
}: TranscriptPanelProps) {
  const id = useId()
  const transcript = useMemo(
    () => normalizeTranscript(call.transcript_data),
    [call.transcript_data],
  )
  const { entries } = transcript
  const colors = useMemo(() => speakerColors(transcript.speakers), [transcript.speakers])
  const [media, setMedia] = useState<HTMLMediaElement | null>(null)
  const mediaRef = useRef(media)
  mediaRef.current = media
  const activeEntry = useActiveSegment(media, transcript.starts)
  const [hidden, setHidden] = useState(NO_SPEAKERS)
  const rows = useMemo(
    () => (hidden.size === 0 ? entries : entries.filter((entry) => !hidden.has(entry.speaker))),
    [entries, hidden],
  )
  const search = useTranscriptSearch(rows)
  const [follow, setFollow] = useState(true)
  const onManualScroll = useCallback(() => setFollow(false), [])
  // Jumping to a search hit is a manual scroll too: following playback would yank the view back.
  useEffect(() => {
    if (search.currentMatch !== undefined) {
      setFollow(false)
    }
  }, [search.currentMatch])
  const onSeek = useCallback((entry: TranscriptEntry) => {
    if (mediaRef.current) {
      playFrom(mediaRef.current, entry.start)
      setFollow(true)
    }
  }, [])
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const action = media === null ? null : shortcutFor(event)
    // Keys typed in a portalled menu bubble here through React; only the region's own DOM counts.
    if (media === null || action === null || !event.currentTarget.contains(event.target as Node)) {
      return
    }
    event.preventDefault()
    if (action.type === 'toggle') {
      togglePlayback(media)
    } else {
      skipBy(media, action.seconds)
    }
  }
  const exportInput = useMemo(
    () => ({
      callId: call.id,
      language: transcript.language,
      durationSeconds: transcript.durationSeconds,
      entries,
    }),
    [call.id, transcript, entries],
  )
  const captions = useMemo(
    () => (recordingSrc && recordingKind === 'video' ? transcriptToVtt(entries) : undefined),
    [recordingSrc, recordingKind, entries],
  )
  const hasTranscript = call.transcript_data != null
  const legendId = `${id}-shortcuts`

  return (
    // Keys bubble here from everything in the transcript: the region's shortcuts.
    // biome-ignore lint/a11y/noStaticElementInteractions: not a control; it scopes the shortcuts.
    <div className="aura-transcript-panel" onKeyDown={onKeyDown}>
      <h2 className="aura-transcript-heading">Transcript</h2>
      {recordingSrc ? (
        <>
          <RecordingPlayer
            key={recordingSrc}
            src={recordingSrc}
            kind={recordingKind}
            mediaRef={setMedia}
            captions={captions}
            language={transcript.language}
          />
          <ShortcutLegend id={legendId} />
        </>
      ) : recordingStatus === 'pending' ? (
        <p className="aura-note" role="status">
          Loading the recording…
        </p>
      ) : recordingStatus === 'error' ? (
        <p className="aura-error-message" role="alert">
          The recording couldn't be loaded.
        </p>
      ) : call.has_recording === true ? (
        <p className="aura-note">The recording can't be played here.</p>
      ) : null}
      {entries.length === 0 ? (
        <EmptyState
          message={
            hasTranscript ? 'This transcript has no segments.' : 'No transcript for this call.'
          }
        />
      ) : (
        <>
          <div className="aura-toolbar aura-transcript-toolbar">
            <TranscriptSearchBox search={search} />
            <SpeakerFilter
              speakers={transcript.speakers}
              colors={colors}
              hidden={hidden}
              onHiddenChange={setHidden}
            />
            {recordingSrc ? (
              <Toggle.Root
                className="aura-button aura-transcript-follow"
                pressed={follow}
                onPressedChange={setFollow}
              >
                Follow playback
              </Toggle.Root>
            ) : null}
            <TranscriptExportMenu input={exportInput} onExport={onExport} />
          </div>
          {rows.length === 0 ? (
            <EmptyState message="No segments for the selected speakers." />
          ) : (
            <TranscriptList
              rows={rows}
              activeEntry={activeEntry}
              search={search.result}
              currentMatch={search.currentMatch}
              onSeek={recordingSrc ? onSeek : undefined}
              colors={colors}
              follow={follow && recordingSrc !== undefined}
              onManualScroll={onManualScroll}
              label={listLabel}
              describedBy={recordingSrc ? legendId : undefined}
              keyShortcuts={recordingSrc ? TRANSCRIPT_KEY_SHORTCUTS : undefined}
            />
          )}
        </>
      )}
    </div>
  )
}
