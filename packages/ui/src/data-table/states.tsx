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
}

/** The line under the last row: the retry row after a failed page, or the Load more fallback. */
export function LoadMoreFooter({ state }: { state: LoadMoreState }) {
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
