'use client'
import { type MouseEvent, memo } from 'react'
import { EMPTY_VALUE } from '../utils/formatters.ts'
import { formatOffset } from './formatOffset.ts'
import { HighlightedText } from './HighlightedText.tsx'
import type { TranscriptMessages } from './transcriptMessages.ts'
import { speakerLabel, type TranscriptEntry } from './transcriptModel.ts'
import type { TranscriptMatch } from './transcriptSearch.ts'

export interface TranscriptSegmentProps {
  entry: TranscriptEntry
  /** This entry's search hits (the same array while the query stays the same). */
  matches: readonly TranscriptMatch[]
  /** Start of the current search hit when it is in this entry, else -1. */
  currentMatchStart: number
  /** Palette slot of the speaker (see speakerColors); undefined for the unknown speaker. */
  color: number | undefined
  /** Seeks the recording; undefined without a playable recording. */
  onSeek: ((entry: TranscriptEntry) => void) | undefined
  /** The kit's transcript strings (the same object while the kit's messages stay the same). */
  messages: TranscriptMessages
}

const hasSelection = (event: MouseEvent) =>
  (event.currentTarget.ownerDocument.getSelection()?.toString() ?? '') !== ''

/**
 * One segment's content, memoised: a keystroke in the search box or a new active segment
 * re-renders only the segments whose props changed.
 */
export const TranscriptSegment = memo(function TranscriptSegment({
  entry,
  matches,
  currentMatchStart,
  color,
  onSeek,
  messages,
}: TranscriptSegmentProps) {
  const time = entry.timed ? formatOffset(entry.start) : EMPTY_VALUE
  const canSeek = onSeek !== undefined && entry.timed
  return (
    <>
      {entry.turnStart ? (
        <div
          className="aura-transcript-speaker"
          data-speaker-color={color}
          data-unknown={entry.speaker === '' ? '' : undefined}
        >
          <bdi>{speakerLabel(entry.speaker, messages.unknownSpeaker)}</bdi>
        </div>
      ) : null}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a pointer shortcut; the time button is the keyboard path. */}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: the time button is the keyboard path. */}
      <div
        className="aura-transcript-segment"
        data-seekable={canSeek ? '' : undefined}
        onClick={(event) => {
          // The time button seeks by itself; a click that ends a text selection is for copying.
          const onButton = (event.target as Element).closest('button') !== null
          if (canSeek && !onButton && !hasSelection(event)) {
            onSeek(entry)
          }
        }}
      >
        {canSeek ? (
          <button
            type="button"
            className="aura-transcript-time aura-transcript-seek"
            aria-label={messages.playFrom(time)}
            onClick={() => onSeek(entry)}
          >
            {time}
          </button>
        ) : (
          <span className="aura-transcript-time">{time}</span>
        )}
        <p className="aura-transcript-text" dir="auto">
          {entry.text === '' ? (
            <span className="aura-transcript-empty-text">{EMPTY_VALUE}</span>
          ) : (
            <HighlightedText text={entry.text} matches={matches} currentStart={currentMatchStart} />
          )}
        </p>
      </div>
    </>
  )
})
