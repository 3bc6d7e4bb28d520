'use client'
import type { Call } from '@aura-kit/client'
import {
  type ReactNode,
  type RefObject,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react'
import { useMessages } from '../kit/useMessages.ts'
import { transcript as transcriptEn } from '../messages/en/transcript.ts'
import { mediaKindOf } from '../utils/safeMediaSrc.ts'
import {
  TranscriptCallContext,
  type TranscriptCallValue,
  TranscriptStateContext,
  type TranscriptStateValue,
} from './CallTranscriptContext.ts'
import { playFrom } from './mediaControls.ts'
import { speakerColors } from './speakerColor.ts'
import { transcriptToVtt } from './transcriptExport.ts'
import { normalizeTranscript, type TranscriptEntry } from './transcriptModel.ts'
import { useActiveSegment } from './useActiveSegment.ts'
import { type ResolveRecordingSrc, useRecordingSrc } from './useRecordingSrc.ts'
import { useTranscriptSearch } from './useTranscriptSearch.ts'

/** Where and how the recording plays, and what export does: the transcript's own options. */
export interface TranscriptOptions {
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
  /** Replaces the transcript download (the Blob and a file name). */
  onExport?: ((blob: Blob, filename: string) => void) | undefined
  /** Accessible name of the transcript; default "Call transcript". */
  label?: string | undefined
}

interface TranscriptProviderProps extends TranscriptOptions {
  call: Call
  /** Kept pointing at the media element, for the root's keyboard shortcuts. */
  mediaRef: RefObject<HTMLMediaElement | null>
  children?: ReactNode
}

const NO_SPEAKERS: ReadonlySet<string> = new Set()

/** Holds one call's transcript state and hands it to the parts. */
export function TranscriptProvider({
  call,
  mediaRef,
  children,
  ...options
}: TranscriptProviderProps) {
  const id = useId()
  const unknownSpeaker = useMessages('transcript', transcriptEn).unknownSpeaker
  const transcript = useMemo(
    () => normalizeTranscript(call.transcript_data),
    [call.transcript_data],
  )
  const { entries } = transcript
  const colors = useMemo(() => speakerColors(transcript.speakers), [transcript.speakers])
  const recording = useRecordingSrc(call, {
    baseUrl: options.recordingBaseUrl,
    resolveSrc: options.resolveRecordingSrc,
    access: options.recordingAccess,
  })
  const { src, status } = recording
  const recordingKind = src ? mediaKindOf(src, options.recordingType) : 'audio'

  const [media, setMediaState] = useState<HTMLMediaElement | null>(null)
  const setMedia = useCallback(
    (next: HTMLMediaElement | null) => {
      mediaRef.current = next
      setMediaState(next)
    },
    [mediaRef],
  )
  // Parts render before their effects run, so a player is assumed until mounting shows none.
  const players = useRef(0)
  const [hasPlayer, setHasPlayer] = useState(true)
  const registerPlayer = useCallback(() => {
    players.current++
    setHasPlayer(true)
    return () => {
      players.current--
      if (players.current === 0) {
        setHasPlayer(false)
      }
    }
  }, [])
  useEffect(() => {
    // Children's effects ran first: a player in this composition has registered by now.
    if (players.current === 0) {
      setHasPlayer(false)
    }
  }, [])
  const playable = src !== undefined && hasPlayer
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
  const onSeek = useCallback(
    (entry: TranscriptEntry) => {
      if (mediaRef.current) {
        playFrom(mediaRef.current, entry.start)
        setFollow(true)
      }
    },
    [mediaRef],
  )

  const onExport = options.onExport
  const label = options.label
  const callValue = useMemo(
    (): TranscriptCallValue => ({
      call,
      transcript,
      colors,
      recording: { src, status },
      recordingKind,
      captions: src && recordingKind === 'video' ? transcriptToVtt(entries) : undefined,
      exportInput: {
        callId: call.id,
        language: transcript.language,
        durationSeconds: transcript.durationSeconds,
        entries,
        unknownSpeaker,
      },
      onExport,
      label,
      legendId: `${id}-shortcuts`,
      setMedia,
      registerPlayer,
    }),
    [
      call,
      transcript,
      entries,
      colors,
      src,
      status,
      recordingKind,
      unknownSpeaker,
      onExport,
      label,
      id,
      setMedia,
      registerPlayer,
    ],
  )
  const stateValue: TranscriptStateValue = {
    media,
    playable,
    activeEntry,
    hidden,
    setHidden,
    rows,
    search,
    follow,
    setFollow,
    onManualScroll,
    onSeek,
  }
  return (
    <TranscriptCallContext.Provider value={callValue}>
      <TranscriptStateContext.Provider value={stateValue}>
        {children}
      </TranscriptStateContext.Provider>
    </TranscriptCallContext.Provider>
  )
}
