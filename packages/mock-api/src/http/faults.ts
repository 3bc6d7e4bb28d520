import { validationError } from './ApiError.ts'

export interface Fault {
  /** Path prefix, e.g. `/v1/leads`; all paths when omitted. */
  path?: string
  /** HTTP method (any case); all methods when omitted. */
  method?: string
  /** Only the Nth matching request (1-based), counted per fault. */
  nth?: number
  /** How many matching requests get the fault; unlimited when omitted. */
  times?: number
  /** Answer with this status (400–599) in the called API's error envelope. */
  status?: number
  /** Seconds for `Retry-After` (with status 429). */
  retryAfter?: number
  latencyMs?: number
  /** A truncated JSON body with status 200. */
  malformed?: boolean
  /** Lists hand back the request's own cursor (Aura) or `hasMore: true` with no data (Octanist). */
  repeatPage?: boolean
  /**
   * Lists answer with the rows of the first page of the same query; Aura's `next_cursor` still
   * continues after the request's position, Octanist keeps the requested `page` number.
   */
  duplicatePage?: boolean
  /**
   * Lists answer with no rows and `has_more: true`: Aura sends a new cursor to the request's own
   * position (with `repeatPage`, the request's own cursor: a loop); Octanist `hasMore: true`.
   */
  emptyPage?: boolean
  /** Lists start with the last N rows of the previous page (ids repeat across pages). */
  overlapRows?: number
  /** Records in list and get-one responses come back as awkward but legal JSON (`makeAwkward`). */
  awkwardData?: boolean
  /** Stream the body in chunks spread over this many milliseconds. */
  slowBodyMs?: number
}

export type FaultEffect = Pick<
  Fault,
  | 'status'
  | 'retryAfter'
  | 'latencyMs'
  | 'malformed'
  | 'repeatPage'
  | 'slowBodyMs'
  | 'duplicatePage'
  | 'emptyPage'
  | 'overlapRows'
  | 'awkwardData'
>

export interface FaultRegistry {
  list(): Fault[]
  set(faults: readonly Fault[]): void
  /** Counts the request against every matching fault and merges the ones that fire. */
  match(method: string, pathname: string): FaultEffect
}

export function createFaultRegistry(initial: readonly Fault[] = []): FaultRegistry {
  let entries: { fault: Fault; seen: number; fired: number }[] = []
  const registry: FaultRegistry = {
    list: () => entries.map((entry) => entry.fault),
    set(faults) {
      entries = faults.map((fault) => ({ fault: { ...fault }, seen: 0, fired: 0 }))
    },
    match(method, pathname) {
      let effect: FaultEffect = {}
      for (const entry of entries) {
        const { path, method: faultMethod, nth, times, ...faultEffect } = entry.fault
        if (path !== undefined && !pathname.startsWith(path)) {
          continue
        }
        if (faultMethod !== undefined && faultMethod.toUpperCase() !== method) {
          continue
        }
        entry.seen++
        const fires =
          nth !== undefined ? entry.seen === nth : times === undefined || entry.fired < times
        if (fires) {
          entry.fired++
          effect = { ...effect, ...faultEffect }
        }
      }
      return effect
    },
  }
  registry.set(initial)
  return registry
}

const NUMBER_KEYS = [
  'nth',
  'times',
  'status',
  'retryAfter',
  'latencyMs',
  'slowBodyMs',
  'overlapRows',
] as const
const BOOLEAN_KEYS = [
  'malformed',
  'repeatPage',
  'duplicatePage',
  'emptyPage',
  'awkwardData',
] as const
const STRING_KEYS = ['path', 'method'] as const

/** Validates a `PUT /__mock/faults` body. */
export function parseFaults(body: unknown): Fault[] {
  if (!Array.isArray(body)) {
    throw validationError('Body must be a JSON array of faults')
  }
  return body.map((item: unknown, index): Fault => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw validationError(`Fault ${index} must be an object`)
    }
    const fault: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(item)) {
      const valid = (NUMBER_KEYS as readonly string[]).includes(key)
        ? typeof value === 'number' && Number.isFinite(value) && value >= 0
        : (BOOLEAN_KEYS as readonly string[]).includes(key)
          ? typeof value === 'boolean'
          : (STRING_KEYS as readonly string[]).includes(key) && typeof value === 'string'
      if (!valid) {
        throw validationError(`Fault ${index}: invalid or unknown key "${key}"`)
      }
      fault[key] = value
    }
    if (fault.status !== undefined && !isErrorStatus(fault.status)) {
      throw validationError(`Fault ${index}: status must be between 400 and 599`)
    }
    if (fault.overlapRows !== undefined && !Number.isInteger(fault.overlapRows)) {
      throw validationError(`Fault ${index}: overlapRows must be a non-negative integer`)
    }
    return fault
  })
}

function isErrorStatus(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 400 && value <= 599
}

const OVERRIDES = [
  'latency',
  'status',
  'retry-after',
  'malformed',
  'repeat-page',
  'slow-body',
  'duplicate-page',
  'empty-page',
  'overlap-rows',
  'awkward-data',
] as const

/**
 * Per-request faults from `x-mock-*` headers or `__*` query params. The `__*` params are removed from
 * the returned URL so normal validation never sees them. Unparseable values are ignored.
 */
export function readFaultOverrides(url: URL, headers: Headers): { effect: FaultEffect; url: URL } {
  const clean = new URL(url)
  const raw = new Map<string, string>()
  for (const name of OVERRIDES) {
    const value = headers.get(`x-mock-${name}`) ?? url.searchParams.get(`__${name}`)
    if (value !== null) {
      raw.set(name, value)
    }
  }
  for (const key of [...url.searchParams.keys()]) {
    if (key.startsWith('__')) {
      clean.searchParams.delete(key)
    }
  }
  const effect: FaultEffect = {}
  const number = (name: string): number | undefined => {
    const value = Number(raw.get(name))
    return raw.has(name) && Number.isFinite(value) && value >= 0 ? value : undefined
  }
  const flag = (name: string): boolean | undefined =>
    raw.has(name) ? ['1', 'true', 'yes'].includes(raw.get(name)?.toLowerCase() ?? '') : undefined
  const status = number('status')
  if (isErrorStatus(status)) {
    effect.status = status
  }
  assign(effect, 'latencyMs', number('latency'))
  assign(effect, 'retryAfter', number('retry-after'))
  assign(effect, 'slowBodyMs', number('slow-body'))
  assign(effect, 'malformed', flag('malformed'))
  assign(effect, 'repeatPage', flag('repeat-page'))
  assign(effect, 'duplicatePage', flag('duplicate-page'))
  assign(effect, 'emptyPage', flag('empty-page'))
  const overlap = number('overlap-rows')
  assign(
    effect,
    'overlapRows',
    overlap !== undefined && Number.isInteger(overlap) ? overlap : undefined,
  )
  assign(effect, 'awkwardData', flag('awkward-data'))
  return { effect, url: clean }
}

function assign<K extends keyof FaultEffect>(
  effect: FaultEffect,
  key: K,
  value: FaultEffect[K] | undefined,
): void {
  if (value !== undefined) {
    effect[key] = value
  }
}
