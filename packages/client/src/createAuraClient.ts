import type * as v from 'valibot'
import type { ApiResult, CursorPage, RequestOptions } from './apiResult.ts'
import {
  buildCallListQuery,
  buildLeadListQuery,
  type CallListParams,
  type LeadListParams,
  validateCallListParams,
  validateLeadListParams,
} from './auraListParams.ts'
import { type Call, callSchema } from './call.ts'
import type { BaseClientOptions } from './clientOptions.ts'
import { auraItemEnvelope, auraListEnvelope } from './envelopes.ts'
import { throwIfInvalid, type ValidationIssue } from './errors.ts'
import { type Lead, leadSchema } from './lead.ts'
import { cursorPages, pageItems } from './paginate.ts'
import { type Runtime, resolveRuntime } from './runtime.ts'
import { createTransport, type Transport } from './transport.ts'
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
}

interface ListSpec<TParams, TSchema extends v.GenericSchema> {
  path: string
  schema: TSchema
  validate: (params: TParams) => ValidationIssue[]
  buildQuery: (params: TParams) => URLSearchParams
}

function listResource<TParams extends { cursor?: string | null }, TSchema extends v.GenericSchema>(
  transport: Transport,
  spec: ListSpec<TParams, TSchema>,
): AuraListResource<TParams, v.InferOutput<TSchema>> {
  type Item = v.InferOutput<TSchema>
  const listEnvelope = auraListEnvelope(spec.schema)
  const itemEnvelope = auraItemEnvelope(spec.schema)

  async function list(params = {} as TParams, options: RequestOptions = {}) {
    throwIfInvalid(spec.validate(params))
    const result = await transport.request({
      method: 'GET',
      path: spec.path,
      query: spec.buildQuery(params),
      schema: listEnvelope,
      signal: options.signal,
    })
    const { data, pagination } = result.data
    const page: CursorPage<Item> = {
      data,
      hasMore: pagination.has_more,
      nextCursor: pagination.next_cursor ?? null,
      rateLimit: result.rateLimit,
      requestId: result.requestId,
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
      const result = await transport.request({
        method: 'GET',
        path: `${spec.path}/${encodeURIComponent(id)}`,
        schema: itemEnvelope,
        signal: options.signal,
      })
      return { data: result.data.data, rateLimit: result.rateLimit, requestId: result.requestId }
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
  const leadEnvelope = auraItemEnvelope(leadSchema)
  const leads = listResource(transport, {
    path: '/v1/leads',
    schema: leadSchema,
    validate: validateLeadListParams,
    buildQuery: buildLeadListQuery,
  })
  const calls = listResource(transport, {
    path: '/v1/calls',
    schema: callSchema,
    validate: validateCallListParams,
    buildQuery: buildCallListQuery,
  })
  return {
    leads: {
      ...leads,
      async create(input, requestOptions = {}) {
        throwIfInvalid(validateCreateLeadInput(input))
        const result = await transport.request({
          method: 'POST',
          path: '/v1/leads',
          body: toCreateLeadBody(input),
          schema: leadEnvelope,
          signal: requestOptions.signal,
        })
        return { data: result.data.data, rateLimit: result.rateLimit, requestId: result.requestId }
      },
    },
    calls,
  }
}

/**
 * A client for the Aura Partner API. Build it once, outside React, and hand it to the kit's
 * provider. Every method takes `{ signal }`.
 */
export function createAuraClient(options: AuraClientOptions = {}): AuraClient {
  return createAuraClientWithRuntime(options, {})
}
