'use client'
import type { Call } from '@aura-kit/client'
import { createContext, useContext } from 'react'
import type { MediaKind } from '../utils/safeMediaSrc.ts'
import type { TranscriptExportInput } from './transcriptExport.ts'
import type { NormalizedTranscript, TranscriptEntry } from './transcriptModel.ts'
import type { RecordingSrc } from './useRecordingSrc.ts'
import type { TranscriptSearch } from './useTranscriptSearch.ts'

/** What a loaded call gives every part; changes only with the call and the recording. */
export interface TranscriptCallValue {
  call: Call
  transcript: NormalizedTranscript
  /** Palette slot per speaker. */
  colors: ReadonlyMap<string, number>
  recording: RecordingSrc
  recordingKind: MediaKind
  /** WebVTT built from the transcript, for a video recording. */
  captions: string | undefined
  exportInput: TranscriptExportInput
  onExport: ((blob: Blob, filename: string) => void) | undefined
  /** The transcript's own `label`, if given. */
  label: string | undefined
  /** Id of the shortcut legend the list points at. */
  legendId: string
  /** The player hands its media element over here (null when it unmounts). */
  setMedia: (media: HTMLMediaElement | null) => void
  /** A mounted player says so (the returned function on unmount): lines only seek with one. */
  registerPlayer: () => () => void
}

/** What playback, search and the speaker filter change; only the parts that use it re-render. */
export interface TranscriptStateValue {
  /** The mounted media element; null without a player or a playable recording. */
  media: HTMLMediaElement | null
  /**
   * A playable recording and a `Player` to play it: lines seek, following and the shortcut legend
   * apply. Assumed while rendering (the server's HTML included), corrected after mount.
   */
  playable: boolean
  /** Entry index of the segment playing, or -1. */
  activeEntry: number
  /** Speakers whose segments are hidden ('' is the unknown speaker). */
  hidden: ReadonlySet<string>
  setHidden: (hidden: ReadonlySet<string>) => void
  /** The entries shown: the transcript without hidden speakers. */
  rows: readonly TranscriptEntry[]
  search: TranscriptSearch
  /** Keep the playing segment in view. */
  follow: boolean
  setFollow: (follow: boolean) => void
  /** Scrolling by hand turns following off. */
  onManualScroll: () => void
  /** Seeks to a segment and plays; following turns back on. */
  onSeek: (entry: TranscriptEntry) => void
}

export const TranscriptCallContext = createContext<TranscriptCallValue | null>(null)
export const TranscriptStateContext = createContext<TranscriptStateValue | null>(null)

const outside = (part: string) =>
  new Error(`<CallTranscript.${part}> must be rendered inside <CallTranscript.Root>.`)

/** The loaded call of the enclosing `CallTranscript.Root`; throws outside one. */
export function useTranscriptCall(part: string): TranscriptCallValue {
  const value = useContext(TranscriptCallContext)
  if (value === null) {
    throw outside(part)
  }
  return value
}

/** Playback, search, filter and follow state of the enclosing `CallTranscript.Root`. */
export function useTranscriptState(part: string): TranscriptStateValue {
  const value = useContext(TranscriptStateContext)
  if (value === null) {
    throw outside(part)
  }
  return value
}
