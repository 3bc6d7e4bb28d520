'use client'
import * as Slot from 'radix-ui/slot'
import { forwardRef, type HTMLAttributes } from 'react'
import { cx, type PartProps } from '../kit/parts.ts'
import { useDataTableContext } from './DataTableContext.tsx'
import { LoadMoreLine, PagingNotice } from './pagingLines.tsx'

export interface DataTableFooterProps extends HTMLAttributes<HTMLDivElement>, PartProps {}

/**
 * The lines under the last row: a notice when the list may be incomplete (with Retry where paging
 * stopped), then the retry row after a failed page, "Loading more…" or the Load more fallback;
 * children follow. With `asChild` the host's element holds them. Forwards its ref, spreads the rest.
 */
export const DataTableFooter = forwardRef<HTMLDivElement, DataTableFooterProps>(
  function DataTableFooter({ asChild, className, children, ...rest }, ref) {
    const { loadMore, rows } = useDataTableContext('DataTable.Footer')
    // Before the first row the grid's own state (loading, error, empty) speaks; a paging issue
    // may still explain an empty list.
    const lines =
      loadMore && (rows.length > 0 || loadMore.pagingIssue) ? (
        <>
          <PagingNotice state={loadMore} />
          <LoadMoreLine state={loadMore} />
        </>
      ) : null
    const props = {
      ...rest,
      ref,
      className: cx('aura-table-footer', className),
      'data-state': lines ? 'active' : 'idle',
    }
    if (asChild) {
      return (
        <Slot.Root {...props}>
          {lines}
          <Slot.Slottable>{children}</Slot.Slottable>
        </Slot.Root>
      )
    }
    return (
      <div {...props}>
        {lines}
        {children}
      </div>
    )
  },
)
