'use client'
import { useId } from 'react'
import type { TranscriptSearch } from './useTranscriptSearch.ts'

/** Search field with "3 of 17", previous/next buttons, Enter and Shift+Enter. */
export function TranscriptSearchBox({ search }: { search: TranscriptSearch }) {
  const id = useId()
  const { query, result, current } = search
  const count = result.matches.length
  const hasQuery = query.trim() !== ''
  let status = ''
  if (hasQuery && count === 0) {
    status = 'No matches'
  } else if (count > 0) {
    status = `${current + 1} of ${count}${result.truncated ? '+' : ''}`
  }
  return (
    <div className="aura-field aura-transcript-search">
      <label className="aura-field-label" htmlFor={`${id}-input`}>
        Search transcript
      </label>
      <div className="aura-transcript-search-row">
        <input
          id={`${id}-input`}
          type="search"
          className="aura-input"
          value={query}
          aria-describedby={`${id}-status`}
          onChange={(event) => search.setQuery(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault()
              search.submit(event.shiftKey ? -1 : 1)
            }
          }}
        />
        <span id={`${id}-status`} className="aura-transcript-search-status" role="status">
          {status}
        </span>
        <button
          type="button"
          className="aura-button"
          disabled={count === 0}
          onClick={() => search.step(-1)}
        >
          Previous match
        </button>
        <button
          type="button"
          className="aura-button"
          disabled={count === 0}
          onClick={() => search.step(1)}
        >
          Next match
        </button>
      </div>
    </div>
  )
}
