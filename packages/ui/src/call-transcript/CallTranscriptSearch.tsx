'use client'
import { forwardRef, type HTMLAttributes, useId } from 'react'
import { useKit } from '../kit/KitContext.tsx'
import { cx, type PartProps, partElement } from '../kit/parts.ts'
import { Slottable } from '../kit/Slot.tsx'
import { useMessages } from '../kit/useMessages.ts'
import { transcript as transcriptEn } from '../messages/en/transcript.ts'
import { useTranscriptState } from './CallTranscriptContext.ts'

export interface CallTranscriptSearchProps extends HTMLAttributes<HTMLDivElement>, PartProps {}

/**
 * The transcript search: a field, the "3 of 17" counter, previous/next buttons, Enter and
 * Shift+Enter. Works anywhere inside `CallTranscript.Root`, e.g. in the host's own toolbar; with
 * `asChild` the host's element (a `<search>`, a toolbar cell) holds the field.
 */
export const CallTranscriptSearch = forwardRef<HTMLDivElement, CallTranscriptSearchProps>(
  function CallTranscriptSearch({ asChild, className, children, ...rest }, ref) {
    const id = useId()
    const { search } = useTranscriptState('Search')
    const { format } = useKit()
    const text = useMessages('transcript', transcriptEn)
    const { query, result, current } = search
    const count = result.matches.length
    const hasQuery = query.trim() !== ''
    let status = ''
    if (hasQuery && count === 0) {
      status = text.noMatches
    } else if (count > 0) {
      const total = `${format.integer(count)}${result.truncated ? '+' : ''}`
      status = text.matchPosition(format.integer(current + 1), total)
    }
    const Element = partElement('div', asChild)
    return (
      <Element {...rest} ref={ref} className={cx('aura-field aura-transcript-search', className)}>
        {asChild ? <Slottable>{children}</Slottable> : null}
        <label className="aura-field-label" htmlFor={`${id}-input`}>
          {text.search}
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
          <span
            id={`${id}-status`}
            className="aura-transcript-search-status"
            role="status"
            title={count > 0 ? text.matchCount(count, format.integer(count)) : undefined}
          >
            {status}
          </span>
          <button
            type="button"
            className="aura-button"
            disabled={count === 0}
            onClick={() => search.step(-1)}
          >
            {text.previousMatch}
          </button>
          <button
            type="button"
            className="aura-button"
            disabled={count === 0}
            onClick={() => search.step(1)}
          >
            {text.nextMatch}
          </button>
        </div>
        {asChild ? null : children}
      </Element>
    )
  },
)
