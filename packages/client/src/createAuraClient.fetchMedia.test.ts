import { afterEach, describe, expect, it, vi } from 'vitest'
import { type AuraClientOptions, createAuraClientWithRuntime } from './createAuraClient.ts'
import { AuraApiError, AuraTimeoutError, AuraValidationError } from './errors.ts'
import { fakeFetch, hang, json, type Responder, text } from './test-utils/fakeFetch.ts'

const audio: Responder = () =>
  new Response(new Uint8Array([1, 2, 3]), { headers: { 'Content-Type': 'audio/mpeg' } })

function setup(responders: Responder[], options: AuraClientOptions = {}) {
  const fake = fakeFetch(...responders)
  const delays: number[] = []
  const client = createAuraClientWithRuntime(
    { fetch: fake.fetch, ...options },
    {
      sleep: async (ms) => {
        delays.push(ms)
      },
      random: () => 0,
      now: () => 0,
    },
  )
  return { fake, client, delays }
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected a rejection')
}

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('baseUrl', () => {
  it.each([
    [undefined, 'https://api.aura-app.ai'],
    ['https://proxy.example.com/aura/', 'https://proxy.example.com/aura'],
    ['http://localhost:4010', 'http://localhost:4010'],
  ])('options.baseUrl %s → client.baseUrl %s', (baseUrl, expected) => {
    const { client } = setup([audio], baseUrl === undefined ? {} : { baseUrl })
    expect(client.baseUrl).toBe(expected)
  })
})

describe('fetchMedia', () => {
  it('returns the body as a Blob, sending the token to the API host', async () => {
    const { fake, client } = setup([audio], { getToken: () => 'jwt_1' })
    const blob = await client.fetchMedia('https://api.aura-app.ai/v1/calls/c1/recording')
    expect(blob.type).toBe('audio/mpeg')
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([1, 2, 3])
    expect(fake.requests[0]?.method).toBe('GET')
    expect(fake.requests[0]?.headers.get('authorization')).toBe('Bearer jwt_1')
    expect(fake.requests[0]?.headers.get('accept')).toBe('*/*')
  })

  it.each([
    ['/v1/calls/c1/recording', 'https://proxy.example.com/aura/v1/calls/c1/recording'],
    ['v1/calls/c1/recording?t=1', 'https://proxy.example.com/aura/v1/calls/c1/recording?t=1'],
    ['https://proxy.example.com/aura/media/1.mp3', 'https://proxy.example.com/aura/media/1.mp3'],
  ])('resolves %s under the baseUrl and sends the apiKey', async (url, expected) => {
    const { fake, client } = setup([audio], {
      baseUrl: 'https://proxy.example.com/aura/',
      apiKey: 'aura_pk_live_secret',
      headers: { 'X-Tenant': 't1' },
    })
    await client.fetchMedia(url)
    expect(fake.requests[0]?.url.href).toBe(expected)
    expect(fake.requests[0]?.headers.get('authorization')).toBe('Bearer aura_pk_live_secret')
    expect(fake.requests[0]?.headers.get('x-tenant')).toBe('t1')
  })

  it.each([
    ['another host', 'https://cdn.example.net/recordings/1.mp3'],
    ['a protocol-relative URL to another host', '//cdn.example.net/1.mp3'],
    ['the same host outside the base path', 'https://proxy.example.com/other/1.mp3'],
    ['a path that climbs out of the base path', '../../other/1.mp3'],
    ['an encoded climb out of the base path', '/%2e%2e/other/1.mp3'],
    ['a sibling path sharing the prefix', 'https://proxy.example.com/aurax/1.mp3'],
    ['another port', 'https://proxy.example.com:8443/aura/1.mp3'],
    ['plain http on the https host', 'http://proxy.example.com/aura/1.mp3'],
    ['a URL with user info', 'https://user:pw@proxy.example.com/aura/1.mp3'],
  ])('sends no credentials to %s', async (_name, url) => {
    const { fake, client } = setup([audio], {
      baseUrl: 'https://proxy.example.com/aura',
      getToken: () => 'jwt_secret',
      headers: { 'X-Tenant': 't1' },
    })
    await client.fetchMedia(url)
    const sent = fake.requests[0]
    expect(sent?.headers.has('authorization')).toBe(false)
    expect(sent?.headers.has('x-tenant')).toBe(false)
    expect(sent?.url.href.startsWith('https://proxy.example.com/aura/')).toBe(false)
  })

  it('resolves against a same-origin proxy baseUrl through the page location', async () => {
    vi.stubGlobal('location', { href: 'https://app.example.com/dashboard/calls' })
    const { fake, client } = setup([audio, audio], { baseUrl: '/api/aura', getToken: () => 't' })
    await client.fetchMedia('/v1/calls/c1/recording')
    await client.fetchMedia('https://app.example.com/elsewhere/1.mp3')
    expect(fake.requests.map((request) => request.url.href)).toEqual([
      'https://app.example.com/api/aura/v1/calls/c1/recording',
      'https://app.example.com/elsewhere/1.mp3',
    ])
    expect(fake.requests.map((request) => request.headers.get('authorization'))).toEqual([
      'Bearer t',
      null,
    ])
  })

  it('refuses a path when a relative baseUrl has no page to resolve against', async () => {
    const { fake, client } = setup([audio], { baseUrl: '/api/aura', apiKey: 'k' })
    expect(await rejection(client.fetchMedia('/v1/r.mp3'))).toBeInstanceOf(AuraValidationError)
    expect(fake.requests).toHaveLength(0)
  })

  it('does not even ask the token getter for a foreign URL', async () => {
    const getToken = vi.fn(() => 'jwt_secret')
    const { client } = setup([audio], { getToken })
    await client.fetchMedia('https://cdn.example.net/1.mp3')
    expect(getToken).not.toHaveBeenCalled()
  })

  it.each([
    'javascript:alert(1)',
    'data:audio/mpeg;base64,AAAA',
    'file:///etc/passwd',
    'ftp://api.aura-app.ai/1.mp3',
    'blob:https://api.aura-app.ai/1',
    '',
    '   ',
  ])('refuses %j with AuraValidationError before any request', async (url) => {
    const { fake, client } = setup([audio], { apiKey: 'k' })
    const error = await rejection(client.fetchMedia(url))
    expect(error).toBeInstanceOf(AuraValidationError)
    expect(error).toMatchObject({ issues: [{ field: 'url' }] })
    expect(fake.requests).toHaveLength(0)
  })

  it('maps an error status to AuraApiError with the envelope', async () => {
    const { client } = setup(
      [
        json(
          { success: false, error: 'Recording not found', code: 'NOT_FOUND', requestId: 'req_9' },
          { status: 404 },
        ),
      ],
      { apiKey: 'k' },
    )
    const error = await rejection(client.fetchMedia('/v1/calls/c1/recording'))
    expect(error).toBeInstanceOf(AuraApiError)
    expect(error).toMatchObject({
      api: 'aura',
      status: 404,
      code: 'NOT_FOUND',
      message: 'Recording not found',
      requestId: 'req_9',
    })
  })

  it('maps a foreign host error without an envelope to HTTP_<status>', async () => {
    const { client } = setup([text('Forbidden', { status: 403, statusText: 'Forbidden' })])
    const error = await rejection(client.fetchMedia('https://cdn.example.net/1.mp3?sig=secret'))
    expect(error).toMatchObject({ name: 'AuraApiError', status: 403, code: 'HTTP_403' })
  })

  it('retries a 503 like any GET', async () => {
    const { fake, client, delays } = setup([text('busy', { status: 503 }), audio])
    const blob = await client.fetchMedia('/v1/calls/c1/recording')
    expect(blob.size).toBe(3)
    expect(fake.requests).toHaveLength(2)
    expect(delays).toHaveLength(1)
  })

  it('keeps a signed URL query out of network error messages', async () => {
    const fake = fakeFetch(new TypeError('Failed to fetch'))
    const client = createAuraClientWithRuntime(
      { fetch: fake.fetch, retry: false },
      { sleep: async () => {} },
    )
    const error = await rejection(client.fetchMedia('https://cdn.example.net/1.mp3?sig=secret'))
    expect(error).toMatchObject({ name: 'AuraNetworkError' })
    expect((error as Error).message).toContain('GET https://cdn.example.net/1.mp3')
    expect((error as Error).message).not.toContain('secret')
  })

  it('rejects with the abort reason and aborts the fetch', async () => {
    const { fake, client } = setup([hang])
    const controller = new AbortController()
    const promise = rejection(client.fetchMedia('/v1/r.mp3', { signal: controller.signal }))
    await vi.waitFor(() => expect(fake.requests).toHaveLength(1))
    controller.abort()
    expect(await promise).toBe(controller.signal.reason)
    expect(fake.requests[0]?.signal?.aborted).toBe(true)
  })

  it('throws AuraTimeoutError after timeoutMs', async () => {
    vi.useFakeTimers()
    const { fake, client } = setup([hang], { timeoutMs: 500, retry: false })
    const settled = rejection(client.fetchMedia('/v1/r.mp3'))
    await vi.advanceTimersByTimeAsync(500)
    const error = await settled
    expect(error).toBeInstanceOf(AuraTimeoutError)
    expect(fake.requests[0]?.signal?.aborted).toBe(true)
  })
})
