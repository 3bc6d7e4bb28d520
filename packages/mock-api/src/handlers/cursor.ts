import { compareNewestFirst } from '../db.ts'
import { ApiError } from '../http/ApiError.ts'

export interface SortKey {
  created_at: string
  id: string
}

export type CursorKind = 'leads' | 'calls'

/** Sorts before every real row: handing it out makes a client fetch the first page again. */
export const TOP_KEY: SortKey = {
  created_at: '9999-12-31T23:59:59.999Z',
  id: 'ffffffff-ffff-4fff-bfff-ffffffffffff',
}

/** A decoded cursor: the sort key of the last row handed out, and how many empty pages led here. */
export interface CursorPosition extends SortKey {
  /** 0 for ordinary cursors; an empty-page fault hands out the same position with `hop + 1`. */
  hop: number
}

/**
 * Opaque cursor: base64url of `[kind, created_at, id]` of the last row handed out, or
 * `[kind, created_at, id, hop]` when an empty-page fault re-issues a position under a new name.
 */
export function encodeCursor(kind: CursorKind, key: SortKey, hop = 0): string {
  const parts: (string | number)[] = [kind, key.created_at, key.id]
  if (hop > 0) {
    parts.push(hop)
  }
  const bytes = new TextEncoder().encode(JSON.stringify(parts))
  let binary = ''
  for (const byte of bytes) {
    binary += String.fromCharCode(byte)
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

export function decodeCursor(kind: CursorKind, cursor: string): CursorPosition {
  const invalid = new ApiError(400, 'INVALID_CURSOR', 'Invalid cursor')
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) {
    throw invalid
  }
  let parsed: unknown
  try {
    const binary = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'))
    const bytes = Uint8Array.from(binary, (character) => character.charCodeAt(0))
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    throw invalid
  }
  if (!Array.isArray(parsed) || (parsed.length !== 3 && parsed.length !== 4)) {
    throw invalid
  }
  const [cursorKind, createdAt, id, hop = 0] = parsed
  if (cursorKind !== kind || typeof createdAt !== 'string' || typeof id !== 'string') {
    throw invalid
  }
  if (!isCanonicalTimestamp(createdAt) || id === '') {
    throw invalid
  }
  if (!Number.isSafeInteger(hop) || hop < 0 || (parsed.length === 4 && hop === 0)) {
    throw invalid
  }
  return { created_at: createdAt, id, hop }
}

export interface Page<T> {
  items: T[]
  hasMore: boolean
}

/** Index of the first row of newest-first `rows` strictly after `after` (0 without a cursor). */
export function startIndex(rows: readonly SortKey[], after: SortKey | null): number {
  let start = 0
  if (after !== null) {
    let high = rows.length
    while (start < high) {
      const middle = (start + high) >>> 1
      const row = rows[middle]
      if (row !== undefined && compareNewestFirst(row, after) <= 0) {
        start = middle + 1
      } else {
        high = middle
      }
    }
  }
  return start
}

/** Keyset paging over newest-first `rows`: the matching rows strictly after `after`. */
export function pageAfter<T extends SortKey>(
  rows: readonly T[],
  after: SortKey | null,
  limit: number,
  matches: (row: T) => boolean,
): Page<T> {
  const start = startIndex(rows, after)
  const items: T[] = []
  for (let index = start; index < rows.length; index++) {
    const row = rows[index]
    if (row !== undefined && matches(row)) {
      if (items.length === limit) {
        return { items, hasMore: true }
      }
      items.push(row)
    }
  }
  return { items, hasMore: false }
}

function isCanonicalTimestamp(value: string): boolean {
  const time = Date.parse(value)
  return !Number.isNaN(time) && new Date(time).toISOString() === value
}

/** The last `count` matching rows at or before `after`, in list order (what the previous page ended with). */
export function rowsUpTo<T extends SortKey>(
  rows: readonly T[],
  after: SortKey,
  count: number,
  matches: (row: T) => boolean,
): T[] {
  const items: T[] = []
  for (let index = startIndex(rows, after) - 1; index >= 0 && items.length < count; index--) {
    const row = rows[index]
    if (row !== undefined && matches(row)) {
      items.push(row)
    }
  }
  return items.reverse()
}
