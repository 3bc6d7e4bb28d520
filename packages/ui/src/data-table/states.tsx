import type { PagingIssue } from '@aura-kit/hooks'
import { describeError } from '../utils/describeError.ts'

export function ErrorMessage({ error }: { error: unknown }) {
  const { message, requestId } = describeError(error)
  return (
    <>
      <span className="aura-error-message">{message}</span>
      {requestId ? <span className="aura-request-id">Request id: {requestId}</span> : null}
    </>
  )
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <div className="aura-state aura-state-error" role="alert">
      <strong className="aura-state-title">Couldn't load data</strong>
      <ErrorMessage error={error} />
      {onRetry ? (
        <button type="button" className="aura-button" onClick={onRetry}>
          Retry
        </button>
      ) : null}
    </div>
  )
}

export function EmptyState({
  message,
  onClearFilters,
}: {
  message: string
  onClearFilters?: (() => void) | undefined
}) {
  return (
    <div className="aura-state aura-state-empty" role="status">
      <span className="aura-state-title">{message}</span>
      {onClearFilters ? (
        <button type="button" className="aura-button" onClick={onClearFilters}>
          Clear filters
        </button>
      ) : null}
    </div>
  )
}

export function SkeletonRows({ count, columns }: { count: number; columns: number }) {
  return (
    <div className="aura-skeleton" data-testid="aura-skeleton" aria-hidden="true">
      {Array.from({ length: count }, (_, row) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have no identity.
        <div key={row} className="aura-skeleton-row">
          {Array.from({ length: columns }, (_, cell) => (
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

const STOP_MESSAGES: Record<Exclude<PagingIssue['reason'], 'duplicate-rows'>, string> = {
  'repeated-cursor': 'The server pointed back to a page it had already sent, so loading stopped.',
  'empty-page': 'The server sent an empty page but said more rows exist, so loading stopped.',
  'missing-cursor':
    "The server said more rows exist but didn't say where to find them, so loading stopped.",
  'page-mismatch':
    'The server answered with a different page than the one asked for, so loading stopped.',
  'beyond-last-page': 'The server said more rows exist past its last page, so loading stopped.',
}

const duplicatesMessage = (count: number) =>
  `The server sent ${count === 1 ? '1 row' : `${count} rows`} we already had`

/** Plain words for a paging issue; every one ends by saying the list may be incomplete. */
export function describePagingIssue(issue: PagingIssue): string {
  const incomplete = 'This list may be incomplete.'
  if (issue.reason === 'duplicate-rows') {
    return `${duplicatesMessage(issue.duplicateRows)}; this list may be incomplete.`
  }
  const duplicates =
    issue.duplicateRows > 0 ? ` ${duplicatesMessage(issue.duplicateRows)} (shown once).` : ''
  return `${STOP_MESSAGES[issue.reason]}${duplicates} ${incomplete}`
}

function PagingNotice({
  issue,
  onRetry,
}: {
  issue: PagingIssue
  onRetry?: (() => void) | undefined
}) {
  return (
    <div className="aura-paging-notice" role="status">
      <span>{describePagingIssue(issue)}</span>
      {issue.stopped && onRetry ? (
        <button type="button" className="aura-button" onClick={onRetry}>
          Retry
        </button>
      ) : null}
    </div>
  )
}

/**
 * The lines under the last row: a notice when the list may be incomplete, then the retry row after
 * a failed page, or the Load more fallback.
 */
export function LoadMoreFooter({ state }: { state: LoadMoreState }) {
  const notice = state.pagingIssue ? (
    <PagingNotice issue={state.pagingIssue} onRetry={state.retryPaging} />
  ) : null
  return (
    <>
      {notice}
      <LoadMoreLine state={state} />
    </>
  )
}

function LoadMoreLine({ state }: { state: LoadMoreState }) {
  if (state.isFetchNextPageError) {
    return (
      <div className="aura-retry-row" role="alert">
        <span>Couldn't load more</span>
        <ErrorMessage error={state.error} />
        <button type="button" className="aura-button" onClick={() => state.fetchNextPage()}>
          Retry
        </button>
      </div>
    )
  }
  if (state.isFetchingNextPage) {
    return (
      <div className="aura-load-more" role="status">
        Loading more…
      </div>
    )
  }
  if (state.hasNextPage) {
    return (
      <div className="aura-load-more">
        <button type="button" className="aura-button" onClick={() => state.fetchNextPage()}>
          Load more
        </button>
      </div>
    )
  }
  return null
}
