import type { ApiResult, RequestOptions } from './apiResult.ts'
import { buildOctanistQuery, type OctanistLeadQuery } from './buildOctanistQuery.ts'
import type { BaseClientOptions } from './clientOptions.ts'
import { octanistListShape } from './envelopes.ts'
import { throwIfInvalid } from './errors.ts'
import type { OctanistLead } from './octanist-lead.ts'
import { numberedPages, pageItems } from './paginate.ts'
import { parseOctanistLead } from './parseRecord.ts'
import { parseRecordList } from './parseRecords.ts'
import { type Runtime, resolveRuntime } from './runtime.ts'
import { unknown } from './shape.ts'
import { createTransport } from './transport.ts'
import { validateOctanistQuery } from './validateOctanistQuery.ts'

export const OCTANIST_DEFAULT_BASE_URL = 'https://octanist.com/api'

export interface OctanistClientOptions extends BaseClientOptions {
  /** Default `https://octanist.com/api`; or your proxy. */
  baseUrl?: string
  /** Sent as `X-API-KEY`. A server-side secret: never ship it to a browser. */
  apiKey?: string
}

export interface OctanistPagination {
  limit: number
  page: number
  totalPages: number
  total: number
  hasMore: boolean
}

export interface OctanistPage extends ApiResult<OctanistLead[]> {
  pagination: OctanistPagination
  timestamp: string | null
}

export interface OctanistLeadsResource {
  list(query?: OctanistLeadQuery, options?: RequestOptions): Promise<OctanistPage>
  /** Every page from `query.page` (default 1) on. */
  pages(query?: OctanistLeadQuery, options?: RequestOptions): AsyncIterable<OctanistPage>
  /** Every lead of every page. */
  all(query?: OctanistLeadQuery, options?: RequestOptions): AsyncIterable<OctanistLead>
}

export interface OctanistClient {
  leads: OctanistLeadsResource
}

// Records are checked one by one (parseRecordList), so one odd record never fails a page.
const listEnvelope = octanistListShape(unknown())

/** Same as createOctanistClient, with time and randomness replaceable (tests only). */
export function createOctanistClientWithRuntime(
  options: OctanistClientOptions,
  runtime: Partial<Runtime>,
): OctanistClient {
  const transport = createTransport(
    options,
    {
      api: 'octanist',
      defaultBaseUrl: OCTANIST_DEFAULT_BASE_URL,
      authHeaders: (key) => ({ 'X-API-KEY': key }),
    },
    resolveRuntime(runtime),
  )

  async function list(
    query: OctanistLeadQuery = {},
    requestOptions: RequestOptions = {},
  ): Promise<OctanistPage> {
    throwIfInvalid(validateOctanistQuery(query))
    const result = await transport.request({
      method: 'GET',
      path: '/leads',
      query: buildOctanistQuery(query),
      schema: listEnvelope,
      signal: requestOptions.signal,
    })
    const { data, meta } = result.data
    const { limit, page, totalPages, total, hasMore } = meta.pagination
    const requestId = meta.requestId ?? result.requestId
    const context = { api: 'octanist', request: 'GET /leads', requestId } as const
    return {
      data: parseRecordList(parseOctanistLead, data, context, options.onDataIssue),
      pagination: { limit, page, totalPages, total, hasMore },
      timestamp: meta.timestamp ?? null,
      rateLimit: result.rateLimit,
      requestId,
    }
  }

  function pages(query: OctanistLeadQuery = {}, requestOptions: RequestOptions = {}) {
    return numberedPages((page) => list({ ...query, page }, requestOptions), query.page ?? 1)
  }

  return {
    leads: {
      list,
      pages,
      all: (query, requestOptions) => pageItems(pages(query, requestOptions)),
    },
  }
}

/** A client for the Octanist leads API (`X-API-KEY` auth, page-numbered lists). */
export function createOctanistClient(options: OctanistClientOptions = {}): OctanistClient {
  return createOctanistClientWithRuntime(options, {})
}
