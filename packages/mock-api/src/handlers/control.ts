import { ApiError, validationError } from '../http/ApiError.ts'
import { type Fault, parseFaults } from '../http/faults.ts'

export interface ControlTarget {
  reset(): void
  setFaults(faults: Fault[]): void
  faults(): Fault[]
}

/** `POST /__mock/reset`, `PUT /__mock/faults` (body: Fault[]) and `GET /__mock/faults`; no auth. */
export async function handleControl(
  request: Request,
  pathname: string,
  target: ControlTarget,
): Promise<Response> {
  if (pathname === '/__mock/reset' && request.method === 'POST') {
    target.reset()
    return new Response(null, { status: 204 })
  }
  if (pathname === '/__mock/faults' && request.method === 'PUT') {
    let body: unknown
    try {
      body = JSON.parse(await request.text())
    } catch {
      throw validationError('Request body must be valid JSON')
    }
    const faults = parseFaults(body)
    target.setFaults(faults)
    return Response.json({ success: true, data: faults })
  }
  if (pathname === '/__mock/faults' && request.method === 'GET') {
    return Response.json({ success: true, data: target.faults() })
  }
  throw new ApiError(404, 'NOT_FOUND', 'Route not found')
}
