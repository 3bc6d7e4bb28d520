import { type AwkwardKind, makeAwkward } from '../data/awkward.ts'
import type { MockDb } from '../db.ts'
import type { ApiFamily } from '../http/envelopes.ts'

/** The pagination anomalies a list answers with (from faults or `x-mock-*` overrides). */
export interface PageFaults {
  repeatPage: boolean
  duplicatePage: boolean
  emptyPage: boolean
  /** 0 when off. */
  overlapRows: number
}

export const NO_PAGE_FAULTS: PageFaults = {
  repeatPage: false,
  duplicatePage: false,
  emptyPage: false,
  overlapRows: 0,
}

/** What every route handler gets for one request. */
export interface RequestContext {
  request: Request
  /** The request URL with `__*` fault params removed. */
  url: URL
  family: ApiFamily
  requestId: string
  /** The injected clock's reading for this request (ms). */
  now: number
  db: MockDb
  /** Origin that `recording_url` points at. */
  mediaBase: string
  pageFaults: PageFaults
  /** Records in list and get-one responses go through `makeAwkward` (data mode or fault). */
  awkward: boolean
}

/** The record as this response carries it: unchanged, or rewritten by `makeAwkward`. */
export function shapeRecord<T extends { id: string }>(
  context: RequestContext,
  record: T,
  kind: AwkwardKind,
): T | ReturnType<typeof makeAwkward> {
  return context.awkward ? makeAwkward(record, kind, context.db.currentSeed) : record
}

export function auraOk(data: unknown, status = 200): Response {
  return new Response(JSON.stringify({ success: true, data }), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
}

export function auraList(data: unknown[], nextCursor: string | null, hasMore: boolean): Response {
  return new Response(
    JSON.stringify({
      success: true,
      data,
      pagination: { has_more: hasMore, next_cursor: nextCursor },
    }),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  )
}
