import type { ReactNode } from 'react'
import type { TranscriptMatch } from './transcriptSearch.ts'

export interface HighlightedTextProps {
  text: string
  /** Non-overlapping hits in text order. */
  matches: readonly TranscriptMatch[]
  /** Start offset of the current hit in this text; -1 when it is elsewhere. */
  currentStart: number
}

/** The text with each hit in a `<mark>`: split into React text nodes, never parsed as HTML. */
export function HighlightedText({ text, matches, currentStart }: HighlightedTextProps) {
  if (matches.length === 0) {
    return text
  }
  const parts: ReactNode[] = []
  let cursor = 0
  for (const match of matches) {
    if (match.start > cursor) {
      parts.push(text.slice(cursor, match.start))
    }
    const isCurrent = match.start === currentStart
    parts.push(
      <mark
        key={match.start}
        className="aura-transcript-match"
        data-current={isCurrent ? '' : undefined}
        aria-current={isCurrent ? 'true' : undefined}
      >
        {text.slice(match.start, match.end)}
      </mark>,
    )
    cursor = match.end
  }
  if (cursor < text.length) {
    parts.push(text.slice(cursor))
  }
  return <>{parts}</>
}
