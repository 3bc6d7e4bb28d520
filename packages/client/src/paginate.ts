import type { CursorPage } from './apiResult.ts'
import { AuraPaginationError } from './errors.ts'

/**
 * Follows `nextCursor` until `hasMore` is false. Stops with AuraPaginationError when the server
 * would make it loop forever: a cursor seen before, `hasMore` without a cursor, or an empty page
 * that claims more. A page is yielded before it is checked, so a consumer that stops early never
 * sees an error about a page it did not ask for.
 */
export async function* cursorPages<T>(
  fetchPage: (cursor: string | null) => Promise<CursorPage<T>>,
  firstCursor: string | null,
): AsyncGenerator<CursorPage<T>, void, undefined> {
  const seen = new Set<string>()
  let cursor = firstCursor
  if (cursor !== null) {
    seen.add(cursor)
  }
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
    if (page.data.length === 0) {
      throw new AuraPaginationError('empty-page', 'Server sent an empty page with has_more: true')
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

/** Flattens pages into their items. */
export async function* pageItems<T>(
  pages: AsyncIterable<{ data: readonly T[] }>,
): AsyncGenerator<T, void, undefined> {
  for await (const page of pages) {
    yield* page.data
  }
}
