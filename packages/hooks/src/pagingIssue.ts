import type { CursorPage, OctanistPage, PaginationProblem } from '@aura-kit/client'
import type { InfiniteData } from '@tanstack/react-query'

/** Why a loaded list may be incomplete, as the list hooks report it. */
export interface PagingIssue {
  /** What the server did: sent rows already loaded, or paged in a way that would loop. */
  reason: 'duplicate-rows' | PaginationProblem
  /** Loading stopped before the server said it was done; retrying the last page may get further. */
  stopped: boolean
  /** Rows the server sent that were already loaded (each is shown once). */
  duplicateRows: number
}

/**
 * Why paging must stop after this Aura page although it claims more, or null: a missing cursor,
 * or one already used (an empty page pointing back to itself is the common case).
 */
export function cursorStop(
  last: CursorPage<unknown>,
  usedCursors: ReadonlyArray<string | undefined>,
): PaginationProblem | null {
  if (!last.hasMore) {
    return null
  }
  if (!last.nextCursor) {
    return 'missing-cursor'
  }
  if (usedCursors.includes(last.nextCursor)) {
    return last.data.length === 0 ? 'empty-page' : 'repeated-cursor'
  }
  return null
}

/** Why paging must stop after this Octanist page, which was asked for as `requested`, or null. */
export function numberedStop(last: OctanistPage, requested: number): PaginationProblem | null {
  const { hasMore, page, totalPages } = last.pagination
  if (!hasMore) {
    return null
  }
  if (page !== requested) {
    return 'page-mismatch'
  }
  if (last.data.length === 0) {
    return 'empty-page'
  }
  if (page >= totalPages) {
    return 'beyond-last-page'
  }
  return null
}

/** Why paging stopped after the last loaded Aura page, or null. */
export function cursorPagesStop(data: InfiniteData<CursorPage<unknown>>): PaginationProblem | null {
  const last = data.pages.at(-1)
  const usedCursors = data.pageParams.filter((param) => typeof param === 'string')
  return last ? cursorStop(last, usedCursors) : null
}

/** Why paging stopped after the last loaded Octanist page, or null. */
export function numberedPagesStop(data: InfiniteData<OctanistPage>): PaginationProblem | null {
  const last = data.pages.at(-1)
  const requested = data.pageParams.at(-1)
  return last && typeof requested === 'number' ? numberedStop(last, requested) : null
}

/** Combines the duplicate count and the stop reason into what the hooks expose. */
export function toPagingIssue(
  duplicateRows: number,
  stop: PaginationProblem | null,
): PagingIssue | null {
  if (stop !== null) {
    return { reason: stop, stopped: true, duplicateRows }
  }
  return duplicateRows > 0 ? { reason: 'duplicate-rows', stopped: false, duplicateRows } : null
}
