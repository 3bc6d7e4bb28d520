import { type Call, createAuraClient } from '@aura-kit/client'
import { AuraKitProvider, type RecordingOptions } from '@aura-kit/hooks'
import { QueryClient } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CallTranscript, type CallTranscriptProps } from './CallTranscript.tsx'

const call: Call = {
  id: 'call_1',
  status: 'closed',
  has_recording: true,
  recording_url: '/media/recordings/call_1.wav',
  transcript_data: {
    duration_seconds: 10,
    language: 'en',
    segments: [{ start_seconds: 0, end_seconds: 4, speaker: 'Closer', text: 'Hello there' }],
  },
}

type FetchCall = { url: string; authorization: string | null }

function setup(options: {
  baseUrl?: string
  recordings?: RecordingOptions
  props?: Partial<CallTranscriptProps>
  recordingUrl?: string | null
  respond?: (url: string) => Response
}) {
  const requests: FetchCall[] = []
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input)
    const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : {}))
    requests.push({ url, authorization: headers.get('authorization') })
    return options.respond?.(url) ?? new Response(new Blob(['RIFF']), { status: 200 })
  })
  const client = createAuraClient({
    baseUrl: options.baseUrl ?? 'http://aura.test',
    getToken: () => 'secret-token',
    fetch,
    retry: false,
  })
  const media = () => document.querySelector('audio')?.getAttribute('src') ?? null
  const rendered = render(
    <AuraKitProvider
      client={client}
      queryClient={new QueryClient()}
      {...(options.recordings ? { recordings: options.recordings } : {})}
    >
      <CallTranscript
        call={{ ...call, recording_url: options.recordingUrl ?? call.recording_url }}
        {...options.props}
      />
    </AuraKitProvider>,
  )
  return { ...rendered, requests, media }
}

describe('where the recording plays from', () => {
  it("resolves a relative recording_url under the provider client's baseUrl by default", () => {
    const { media } = setup({ baseUrl: 'http://aura.test/proxy' })
    expect(media()).toBe('http://aura.test/proxy/media/recordings/call_1.wav')
  })

  it('resolves a path-relative URL the same way, and a prop overrides the base', () => {
    expect(setup({ baseUrl: 'http://aura.test/proxy', recordingUrl: 'media/a.wav' }).media()).toBe(
      'http://aura.test/proxy/media/a.wav',
    )
    document.body.innerHTML = ''
    expect(setup({ props: { recordingBaseUrl: 'https://cdn.test/' } }).media()).toBe(
      'https://cdn.test/media/recordings/call_1.wav',
    )
  })

  it("uses the provider's resolver, and the component's resolver over it", () => {
    const { media, unmount } = setup({
      recordings: { resolveSrc: (c) => `https://signed.test/${c.id}.wav?sig=abc` },
    })
    expect(media()).toBe('https://signed.test/call_1.wav?sig=abc')
    unmount()
    const overridden = setup({
      recordings: { resolveSrc: () => 'https://signed.test/provider.wav' },
      props: { resolveRecordingSrc: () => 'https://signed.test/prop.wav' },
    })
    expect(overridden.media()).toBe('https://signed.test/prop.wav')
  })

  it('waits for an async resolver, then plays what it returned', async () => {
    let resolve: (url: string) => void = () => {}
    const { media } = setup({
      recordings: { resolveSrc: () => new Promise<string>((done) => (resolve = done)) },
    })
    expect(screen.getByText('Loading the recording…')).toBeTruthy()
    expect(media()).toBeNull()
    resolve('https://signed.test/late.wav')
    await waitFor(() => expect(media()).toBe('https://signed.test/late.wav'))
  })

  it('says so when an async resolver fails, and never plays an unsafe scheme', async () => {
    setup({ recordings: { resolveSrc: () => Promise.reject(new Error('no signature')) } })
    expect(await screen.findByText("The recording couldn't be loaded.")).toBeTruthy()
    document.body.innerHTML = ''
    const { media } = setup({ recordings: { resolveSrc: () => 'javascript:alert(1)' } })
    expect(media()).toBeNull()
    expect(screen.getByText("The recording can't be played here.")).toBeTruthy()
  })
})

describe('client access: the recording is downloaded with the token', () => {
  let created: string[]
  beforeEach(() => {
    created = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => {
      created.push(`blob:http://host.test/${created.length + 1}`)
      return created.at(-1) as string
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
  })
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('fetches under the API base with the bearer token and plays the object URL, revoked on unmount', async () => {
    const { media, requests, unmount } = setup({ recordings: { access: 'client' } })
    expect(screen.getByText('Loading the recording…')).toBeTruthy()
    await waitFor(() => expect(media()).toBe('blob:http://host.test/1'))
    expect(requests).toEqual([
      { url: 'http://aura.test/media/recordings/call_1.wav', authorization: 'Bearer secret-token' },
    ])
    unmount()
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:http://host.test/1')
  })

  it('never sends the token to another host', async () => {
    const { media, requests } = setup({
      props: { recordingAccess: 'client' },
      recordingUrl: 'https://elsewhere.test/call_1.wav',
    })
    await waitFor(() => expect(media()).toBe('blob:http://host.test/1'))
    expect(requests).toEqual([{ url: 'https://elsewhere.test/call_1.wav', authorization: null }])
  })

  it('says the recording could not be loaded when the download fails', async () => {
    const { media } = setup({
      recordings: { access: 'client' },
      respond: () =>
        new Response(
          JSON.stringify({ success: false, error: 'Unauthorized', code: 'UNAUTHORIZED' }),
          {
            status: 401,
            headers: { 'content-type': 'application/json' },
          },
        ),
    })
    expect(await screen.findByText("The recording couldn't be loaded.")).toBeTruthy()
    expect(media()).toBeNull()
  })
})
