'use client'
import type { PagingIssue } from '@aura-kit/hooks'
import { useKit } from '../kit/KitContext.tsx'
import { useMessageSections } from '../kit/useMessages.ts'
import { common as commonEn } from '../messages/en/common.ts'
import { table as tableEn } from '../messages/en/table.ts'
import type { AuraMessages } from '../messages/types.ts'
import { ErrorMessage, type LoadMoreState } from './states.tsx'

// The table's lines under its rows, apart from states.tsx: the transcript, panel and widgets use
// those states and should not carry the table's messages with them.

/**
 * Plain words for a paging issue in the kit's messages (English by default); every one ends by
 * saying the list may be incomplete. `formatCount` spells the row count (the kit's `integer`).
 */
export function describePagingIssue(
  issue: PagingIssue,
  table: AuraMessages['table'] = tableEn,
  formatCount: (count: number) => string = String,
): string {
  const count = issue.duplicateRows
  if (issue.reason === 'duplicate-rows') {
    return table.pagingDuplicates(count, formatCount(count))
  }
  const duplicates = count > 0 ? ` ${table.pagingAlsoDuplicates(count, formatCount(count))}` : ''
  return `${table.pagingStopped[issue.reason]}${duplicates} ${table.pagingIncomplete}`
}

/** The notice under the rows when the list may be incomplete, with Retry where paging stopped. */
export function PagingNotice({ state }: { state: LoadMoreState }) {
  const { format } = useKit()
  const messages = useMessageSections({ common: commonEn, table: tableEn })
  const issue = state.pagingIssue
  if (!issue) {
    return null
  }
  return (
    <div className="aura-paging-notice" role="status">
      <span>{describePagingIssue(issue, messages.table, format.integer)}</span>
      {issue.stopped && state.retryPaging ? (
        <button type="button" className="aura-button" onClick={state.retryPaging}>
          {messages.common.retry}
        </button>
      ) : null}
    </div>
  )
}

/** The retry row after a failed page, "Loading more…", or the Load more fallback. */
export function LoadMoreLine({ state }: { state: LoadMoreState }) {
  const messages = useMessageSections({ common: commonEn, table: tableEn })
  if (state.isFetchNextPageError) {
    return (
      <div className="aura-retry-row" role="alert">
        <span>{messages.table.loadMoreFailed}</span>
        <ErrorMessage error={state.error} />
        <button type="button" className="aura-button" onClick={() => state.fetchNextPage()}>
          {messages.common.retry}
        </button>
      </div>
    )
  }
  if (state.isFetchingNextPage) {
    return (
      <div className="aura-load-more" role="status">
        {messages.table.loadingMore}
      </div>
    )
  }
  if (state.hasNextPage) {
    return (
      <div className="aura-load-more">
        <button type="button" className="aura-button" onClick={() => state.fetchNextPage()}>
          {messages.table.loadMore}
        </button>
      </div>
    )
  }
  return null
}
