import type { CursorPage } from './apiResult.ts'
import { AuraPaginationError } from './errors.ts'

/**
 * Follows `nextCursor` until `hasMore` is false. Goes on wherever the cursor is new (even past an
 * empty page, whose records may all have been dropped for lack of an id), and stops with
 * AuraPaginationError where it would loop: a cursor seen before, or `hasMore` without a cursor.
 * A page is yielded before it is checked, so a consumer that stops early never sees an error
 * about a page it did not ask for.
 */
export async function* cursorPages<T>(
  fetchPage: (cursor: string | null) => Promise<CursorPage<T>>,
  firstCursor: string | null,
): AsyncGenerator<CursorPage<T>, void, undefined> {
  const seen = new Set(firstCursor === null ? [] : [firstCursor])
  let cursor = firstCursor
  while (true) {
    const page = await fetchPage(cursor)
    yield page
    if (!page.hasMore) {
      return
    }
    const next = page.nextCursor
    if (next === null || next === '') {
      throw new AuraPaginationError(
        'missing-cursor',
        'Server said has_more but sent no next_cursor',
      )
    }
    if (seen.has(next)) {
      throw new AuraPaginationError('repeated-cursor', `Server repeated the cursor "${next}"`)
    }
    seen.add(next)
    cursor = next
  }
}

export interface NumberedPage {
  data: readonly unknown[]
  pagination: { page: number; totalPages: number; hasMore: boolean }
}

/** Requests page, page + 1, ... until `hasMore` is false, with the same loop guards. */
export async function* numberedPages<TPage extends NumberedPage>(
  fetchPage: (page: number) => Promise<TPage>,
  firstPage: number,
): AsyncGenerator<TPage, void, undefined> {
  let page = firstPage
  while (true) {
    const result = await fetchPage(page)
    yield result
    const { pagination } = result
    if (!pagination.hasMore) {
      return
    }
    if (pagination.page !== page) {
      throw new AuraPaginationError(
        'page-mismatch',
        `Asked for page ${page} but the server answered page ${pagination.page}`,
      )
    }
    if (result.data.length === 0) {
      throw new AuraPaginationError('empty-page', 'Server sent an empty page with hasMore: true')
    }
    if (page >= pagination.totalPages) {
      throw new AuraPaginationError(
        'beyond-last-page',
        `Server said hasMore on page ${page} of ${pagination.totalPages}`,
      )
    }
    page += 1
  }
}

/** Flattens pages into their items, skipping ids already yielded (a row never appears twice). */
export async function* pageItems<T extends { id: string }>(
  pages: AsyncIterable<{ data: readonly T[] }>,
): AsyncGenerator<T, void, undefined> {
  const yielded = new Set<string>()
  for await (const page of pages) {
    for (const item of page.data) {
      if (!yielded.has(item.id)) {
        yielded.add(item.id)
        yield item
      }
    }
  }
}
