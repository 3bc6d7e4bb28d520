import type { PageFaults } from './context.ts'
import {
  type CursorKind,
  decodeCursor,
  encodeCursor,
  pageAfter,
  rowsUpTo,
  type SortKey,
  TOP_KEY,
} from './cursor.ts'

export interface AuraPage<T> {
  items: T[]
  nextCursor: string | null
  hasMore: boolean
}

/**
 * One keyset page of newest-first `rows` after `cursor`, bent by the page faults. Precedence:
 * `emptyPage` (with `repeatPage`: the request's own cursor back), `repeatPage`, `duplicatePage`,
 * `overlapRows`.
 */
export function auraPage<T extends SortKey>(
  kind: CursorKind,
  rows: readonly T[],
  cursor: string | null,
  limit: number,
  matches: (row: T) => boolean,
  faults: PageFaults,
): AuraPage<T> {
  const after = cursor === null ? null : decodeCursor(kind, cursor)
  const cursorAfter = (page: { items: T[]; hasMore: boolean }): string | null => {
    const last = page.items[page.items.length - 1]
    return page.hasMore && last !== undefined ? encodeCursor(kind, last) : null
  }
  if (faults.emptyPage) {
    const nextCursor = faults.repeatPage
      ? (cursor ?? encodeCursor(kind, TOP_KEY))
      : encodeCursor(kind, after ?? TOP_KEY, (after?.hop ?? 0) + 1)
    return { items: [], nextCursor, hasMore: true }
  }
  const page = pageAfter(rows, after, limit, matches)
  if (faults.repeatPage) {
    return { items: page.items, nextCursor: cursor ?? encodeCursor(kind, TOP_KEY), hasMore: true }
  }
  if (faults.duplicatePage) {
    const first = after === null ? page : pageAfter(rows, null, limit, matches)
    return { items: first.items, nextCursor: cursorAfter(page), hasMore: page.hasMore }
  }
  // Capped at limit - 1 so every page still moves the cursor forward.
  const overlap = Math.min(faults.overlapRows, limit - 1)
  if (overlap > 0 && after !== null) {
    const previous = rowsUpTo(rows, after, overlap, matches)
    const fresh = pageAfter(rows, after, limit - previous.length, matches)
    return {
      items: [...previous, ...fresh.items],
      nextCursor: cursorAfter(fresh),
      hasMore: fresh.hasMore,
    }
  }
  return { items: page.items, nextCursor: cursorAfter(page), hasMore: page.hasMore }
}
