import { ApiError } from '../http/ApiError.ts'
import { getCall, listCalls } from './calls.ts'
import { auraOk, type RequestContext } from './context.ts'
import { createLead, getLead, listLeads } from './leads.ts'
import { getRecording } from './media.ts'
import { listOctanistLeads } from './octanist.ts'

/** Who must authenticate: `public` routes need no key. */
export type RouteAccess = 'public' | 'aura' | 'octanist'

export interface Route {
  method: 'GET' | 'POST'
  pattern: RegExp
  access: RouteAccess
  handle(context: RequestContext, id: string): Response | Promise<Response>
}

export const routes: readonly Route[] = [
  {
    method: 'GET',
    pattern: /^\/health$/,
    access: 'public',
    handle: (context) => auraOk({ status: 'ok', timestamp: new Date(context.now).toISOString() }),
  },
  {
    method: 'GET',
    pattern: /^\/media\/recordings\/([^/]+)\.wav$/,
    access: 'public',
    handle: getRecording,
  },
  { method: 'GET', pattern: /^\/v1\/leads$/, access: 'aura', handle: listLeads },
  { method: 'POST', pattern: /^\/v1\/leads$/, access: 'aura', handle: createLead },
  { method: 'GET', pattern: /^\/v1\/leads\/([^/]+)$/, access: 'aura', handle: getLead },
  { method: 'GET', pattern: /^\/v1\/calls$/, access: 'aura', handle: listCalls },
  { method: 'GET', pattern: /^\/v1\/calls\/([^/]+)$/, access: 'aura', handle: getCall },
  { method: 'GET', pattern: /^\/api\/leads$/, access: 'octanist', handle: listOctanistLeads },
]

export interface RouteMatch {
  route: Route
  id: string
}

/** HEAD is routed like GET; a trailing slash is ignored. Unknown routes throw a 404. */
export function findRoute(method: string, pathname: string): RouteMatch {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname
  const effectiveMethod = method === 'HEAD' ? 'GET' : method
  for (const route of routes) {
    const match = route.pattern.exec(path)
    if (match !== null && route.method === effectiveMethod) {
      return { route, id: decodeSegment(match[1] ?? '') }
    }
  }
  throw new ApiError(404, 'NOT_FOUND', `Route not found: ${method} ${pathname}`)
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}
