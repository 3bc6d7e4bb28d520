'use client'
import type { PagingIssue } from '@aura-kit/hooks'
import { forwardRef, type HTMLAttributes, isValidElement, type ReactNode } from 'react'
import { cx } from '../kit/parts.ts'
import { useMessageSections, useMessages } from '../kit/useMessages.ts'
import { common as commonEn } from '../messages/en/common.ts'
import { describeError } from '../utils/describeError.ts'

/** An error's message and, when it has one, its request id (two spans, for a banner or a state). */
export function ErrorMessage({ error }: { error: unknown }) {
  const common = useMessages('common', commonEn)
  const { message, requestId } = describeError(error, common.somethingWentWrong)
  return (
    <>
      <span className="aura-error-message">{message}</span>
      {requestId ? <span className="aura-request-id">{common.requestId(requestId)}</span> : null}
    </>
  )
}

export type DataStatus = 'loading' | 'empty' | 'error'

export interface DataStateProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  status: DataStatus
  /**
   * The line that names the state. A string is shown in the kit's title style; an element (e.g.
   * the host's own heading) is rendered as it is. Defaults: error → `messages.common.loadFailed`,
   * loading → `messages.common.loading` (for screen readers only), empty → none.
   */
  title?: ReactNode
  /** error: the failure, whose message and request id are shown. */
  error?: unknown
  /** error: shows a Retry button. */
  onRetry?: (() => void) | undefined
  /** loading: placeholder rows and cells (default 8 × 4), unless `skeleton` replaces them. */
  rows?: number | undefined
  columns?: number | undefined
  /** loading: the placeholder to show instead of rows (hidden from screen readers). */
  skeleton?: ReactNode
  /** Shown last, e.g. a "Clear filters" button. */
  children?: ReactNode
}

const ROLE = { loading: 'status', empty: 'status', error: 'alert' } as const

/**
 * The one loading / empty / error state of the kit: a skeleton with an announced "Loading…", a
 * message, or the error's message, request id and Retry. Renders one `div`, forwards its ref and
 * spreads the rest of its props onto it.
 */
export const DataState = forwardRef<HTMLDivElement, DataStateProps>(function DataState(
  { status, title, error, onRetry, rows = 8, columns = 4, skeleton, children, className, ...rest },
  ref,
) {
  const messages = useMessageSections({ common: commonEn })
  const heading =
    title ??
    (status === 'error'
      ? messages.common.loadFailed
      : status === 'loading'
        ? messages.common.loading
        : null)
  return (
    <div
      role={ROLE[status]}
      {...rest}
      ref={ref}
      data-state={status}
      className={cx(
        status === 'loading' ? 'aura-state-loading' : `aura-state aura-state-${status}`,
        className,
      )}
    >
      {status === 'loading' ? (
        <>
          <span className="aura-visually-hidden">{heading}</span>
          {skeleton ?? <SkeletonRows count={rows} columns={columns} />}
        </>
      ) : (
        <>
          <StateTitle title={heading} />
          {status === 'error' ? <ErrorMessage error={error} /> : null}
          {status === 'error' && onRetry ? (
            <button type="button" className="aura-button" onClick={onRetry}>
              {messages.common.retry}
            </button>
          ) : null}
        </>
      )}
      {children}
    </div>
  )
})

function StateTitle({ title }: { title: ReactNode }) {
  if (title === null || title === undefined || title === '') {
    return null
  }
  return isValidElement(title) ? title : <strong className="aura-state-title">{title}</strong>
}

/** Placeholder rows (hidden from screen readers); `DataState` shows them while loading. */
function SkeletonRows({ count, columns }: { count: number; columns: number }) {
  return (
    <div className="aura-skeleton" data-testid="aura-skeleton" aria-hidden="true">
      {Array.from({ length: count }, (_, row) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have no identity.
        <div key={row} className="aura-skeleton-row">
          {Array.from({ length: Math.max(1, columns) }, (_, cell) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholder cells have no identity.
            <span key={cell} className="aura-skeleton-cell" />
          ))}
        </div>
      ))}
    </div>
  )
}

export interface LoadMoreState {
  hasNextPage: boolean
  isFetchingNextPage: boolean
  isFetchNextPageError: boolean
  error: unknown
  fetchNextPage: () => unknown
  /** Why the loaded list may be incomplete; the footer says so in plain words. */
  pagingIssue?: PagingIssue | null | undefined
  /** Asks again for the page that made paging stop. */
  retryPaging?: (() => void) | undefined
}
