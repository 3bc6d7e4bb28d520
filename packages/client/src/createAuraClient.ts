import type { ApiResult, CursorPage, RequestOptions } from './apiResult.ts'
import {
  CALL_PARAMS,
  type CallListParams,
  LEAD_PARAMS,
  type LeadListParams,
  toQuery,
} from './auraListParams.ts'
import type { Call } from './call.ts'
import type { BaseClientOptions } from './clientOptions.ts'
import { auraItemShape, auraListShape } from './envelopes.ts'
import { throwIfInvalid } from './errors.ts'
import { fetchMedia } from './fetchMedia.ts'
import type { Lead } from './lead.ts'
import { cursorPages, pageItems } from './paginate.ts'
import { parseCall, parseLead, type RecordParser } from './parseRecord.ts'
import { parseRecordItem, parseRecordList } from './parseRecords.ts'
import { checkFields, type FieldChecks } from './patterns.ts'
import { type Runtime, resolveRuntime } from './runtime.ts'
import { unknown } from './shape.ts'
import { createTransport, type Transport, type TransportResult } from './transport.ts'
import {
  type CreateLeadInput,
  toCreateLeadBody,
  validateCreateLeadInput,
} from './validateCreateLeadInput.ts'

export const AURA_DEFAULT_BASE_URL = 'https://api.aura-app.ai'

export interface AuraClientOptions extends BaseClientOptions {
  /** Default `https://api.aura-app.ai`; or your proxy, e.g. `https://example.com/aura/`. */
  baseUrl?: string
  /**
   * Partner API key (`aura_pk_live_…`), sent as `Authorization: Bearer`. A server-side secret:
   * never ship it to a browser. Browsers use `getToken` or a proxy `baseUrl`.
   */
  apiKey?: string
}

export interface AuraListResource<TParams, TItem> {
  list(params?: TParams, options?: RequestOptions): Promise<CursorPage<TItem>>
  get(id: string, options?: RequestOptions): Promise<ApiResult<TItem>>
  /** Every page, following `nextCursor` from `params.cursor` (or the start). */
  pages(params?: TParams, options?: RequestOptions): AsyncIterable<CursorPage<TItem>>
  /** Every item of every page. */
  all(params?: TParams, options?: RequestOptions): AsyncIterable<TItem>
}

export interface AuraLeadsResource extends AuraListResource<LeadListParams, Lead> {
  create(input: CreateLeadInput, options?: RequestOptions): Promise<ApiResult<Lead>>
}

export type AuraCallsResource = AuraListResource<CallListParams, Call>

export interface AuraClient {
  leads: AuraLeadsResource
  calls: AuraCallsResource
  /** The API root every request goes to (`options.baseUrl` or the default), no trailing slash. */
  readonly baseUrl: string
  /**
   * Downloads a file such as a call's `recording_url`. A path resolves under `baseUrl`; only
   * http(s) is accepted (else AuraValidationError). Credentials are sent only to URLs under
   * `baseUrl`, never to another host. Error statuses reject with AuraApiError.
   */
  fetchMedia(url: string, options?: RequestOptions): Promise<Blob>
}

// Records are checked one by one (parseRecordList), so one odd record never fails a page.
const listEnvelope = auraListShape(unknown())
const itemEnvelope = auraItemShape(unknown())

type OnDataIssue = BaseClientOptions['onDataIssue']

interface ListSpec<TParams, TItem> {
  path: string
  parse: RecordParser<TItem>
  /** Each param's check, in the order params are sent. */
  params: FieldChecks<TParams>
}

/** The record of a get or create response, checked like each record of a list. */
function toRecordResult<TItem>(
  result: TransportResult<{ data: unknown }>,
  parse: RecordParser<TItem>,
  onDataIssue: OnDataIssue,
): ApiResult<TItem> {
  const { label, status, rateLimit, requestId } = result
  const context = { api: 'aura', request: label, status, requestId } as const
  return {
    data: parseRecordItem(parse, result.data.data, context, onDataIssue),
    rateLimit,
    requestId,
  }
}

function listResource<TParams extends { cursor?: string | null }, TItem extends { id: string }>(
  transport: Transport,
  spec: ListSpec<TParams, TItem>,
  onDataIssue: OnDataIssue,
): AuraListResource<TParams, TItem> {
  async function list(params = {} as TParams, options: RequestOptions = {}) {
    throwIfInvalid(checkFields(params, spec.params))
    const result = await transport.request({
      method: 'GET',
      path: spec.path,
      query: toQuery(params, spec.params),
      schema: listEnvelope,
      signal: options.signal,
    })
    const { data, pagination } = result.data
    const { label, rateLimit, requestId } = result
    const context = { api: 'aura', request: label, requestId } as const
    const page: CursorPage<TItem> = {
      data: parseRecordList(spec.parse, data, context, onDataIssue),
      hasMore: pagination.has_more,
      nextCursor: pagination.next_cursor ?? null,
      rateLimit,
      requestId,
    }
    return page
  }

  function pages(params = {} as TParams, options: RequestOptions = {}) {
    return cursorPages((cursor) => list({ ...params, cursor }, options), params.cursor ?? null)
  }

  return {
    list,
    async get(id, options = {}) {
      throwIfInvalid(
        typeof id === 'string' && id !== '' ? [] : [{ field: 'id', message: 'is required' }],
      )
      const path = `${spec.path}/${encodeURIComponent(id)}`
      const result = await transport.request({
        method: 'GET',
        path,
        schema: itemEnvelope,
        signal: options.signal,
      })
      return toRecordResult(result, spec.parse, onDataIssue)
    },
    pages,
    all: (params, options) => pageItems(pages(params, options)),
  }
}

/** Same as createAuraClient, with time and randomness replaceable (tests only). */
export function createAuraClientWithRuntime(
  options: AuraClientOptions,
  runtime: Partial<Runtime>,
): AuraClient {
  const transport = createTransport(
    options,
    {
      api: 'aura',
      defaultBaseUrl: AURA_DEFAULT_BASE_URL,
      authHeaders: (token) => ({ Authorization: `Bearer ${token}` }),
    },
    resolveRuntime(runtime),
  )
  const { onDataIssue } = options
  const leads = listResource(
    transport,
    {
      path: '/v1/leads',
      parse: parseLead,
      params: LEAD_PARAMS,
    },
    onDataIssue,
  )
  const calls = listResource(
    transport,
    {
      path: '/v1/calls',
      parse: parseCall,
      params: CALL_PARAMS,
    },
    onDataIssue,
  )
  return {
    leads: {
      ...leads,
      async create(input, requestOptions = {}) {
        throwIfInvalid(validateCreateLeadInput(input))
        const result = await transport.request({
          method: 'POST',
          path: '/v1/leads',
          body: toCreateLeadBody(input),
          schema: itemEnvelope,
          signal: requestOptions.signal,
        })
        return toRecordResult(result, parseLead, onDataIssue)
      },
    },
    calls,
    baseUrl: transport.baseUrl,
    fetchMedia: (url, requestOptions = {}) => fetchMedia(transport, url, requestOptions.signal),
  }
}

/**
 * A client for the Aura Partner API. Build it once, outside React, and hand it to the kit's
 * provider. Every method takes `{ signal }`.
 */
export function createAuraClient(options: AuraClientOptions = {}): AuraClient {
  return createAuraClientWithRuntime(options, {})
}
