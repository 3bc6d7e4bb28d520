'use client'
import { useMemo, useState } from 'react'
import { useDebouncedValue } from '../utils/useDebouncedValue.ts'
import type { TranscriptEntry } from './transcriptModel.ts'
import {
  searchTranscript,
  type TranscriptMatch,
  type TranscriptSearchResult,
} from './transcriptSearch.ts'

export const SEARCH_DEBOUNCE_MS = 200

export interface TranscriptSearch {
  query: string
  setQuery: (query: string) => void
  result: TranscriptSearchResult
  /** Index of the current match in `result.matches`; -1 when there are none. */
  current: number
  currentMatch: TranscriptMatch | undefined
  /** Moves to the next (+1) or previous (-1) match, wrapping around. */
  step: (delta: 1 | -1) => void
  /** Enter in the search box: run a still-debounced query now, else move by `delta`. */
  submit: (delta: 1 | -1) => void
}

/**
 * Search state for a transcript: the query is debounced, and matches are computed once per
 * settled query (not per keystroke and not per row).
 */
export function useTranscriptSearch(entries: readonly TranscriptEntry[]): TranscriptSearch {
  const [query, setQuery] = useState('')
  const debounced = useDebouncedValue(query, SEARCH_DEBOUNCE_MS)
  const [flushed, setFlushed] = useState('')
  const settled = flushed === query ? query : debounced
  const result = useMemo(() => searchTranscript(entries, settled), [entries, settled])
  // The position belongs to one result; a new result starts at its first match.
  const [cursor, setCursor] = useState({ result, position: 0 })
  const count = result.matches.length
  const position = cursor.result === result ? cursor.position : 0
  const current = count === 0 ? -1 : Math.min(position, count - 1)
  const step = (delta: 1 | -1) => {
    if (count > 0) {
      setCursor({ result, position: (current + delta + count) % count })
    }
  }
  return {
    query,
    setQuery,
    result,
    current,
    currentMatch: result.matches[current],
    step,
    submit: (delta) => {
      if (query.trim() !== settled.trim()) {
        setFlushed(query)
      } else {
        step(delta)
      }
    },
  }
}
