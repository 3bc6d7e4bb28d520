import type { TranscriptEntry } from './transcriptModel.ts'

/** One hit: `[start, end)` in the text of entry `entry`. */
export interface TranscriptMatch {
  entry: number
  start: number
  end: number
}

export interface TranscriptSearchResult {
  matches: TranscriptMatch[]
  /** Hits of each entry, in text order; the same array for the lifetime of this result. */
  byEntry: Map<number, TranscriptMatch[]>
  /** True when the search stopped at `limit` hits. */
  truncated: boolean
}

/** Beyond this many hits a search stops: a one-letter query over 100 kB of text stays cheap. */
export const MAX_MATCHES = 5000

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Case-insensitive literal search over the entries' text. Matches are found with a Unicode-aware
 * RegExp so offsets stay valid in the original string (lower-casing can change a string's length).
 */
export function searchTranscript(
  entries: readonly TranscriptEntry[],
  query: string,
  limit = MAX_MATCHES,
): TranscriptSearchResult {
  const needle = query.trim()
  const result: TranscriptSearchResult = { matches: [], byEntry: new Map(), truncated: false }
  if (needle === '') {
    return result
  }
  const pattern = new RegExp(escapeRegExp(needle), 'giu')
  for (const entry of entries) {
    pattern.lastIndex = 0
    let hits: TranscriptMatch[] | undefined
    for (let found = pattern.exec(entry.text); found !== null; found = pattern.exec(entry.text)) {
      if (result.matches.length >= limit) {
        result.truncated = true
        return result
      }
      const match = { entry: entry.index, start: found.index, end: found.index + found[0].length }
      result.matches.push(match)
      hits ??= []
      hits.push(match)
      if (hits.length === 1) {
        result.byEntry.set(entry.index, hits)
      }
    }
  }
  return result
}
