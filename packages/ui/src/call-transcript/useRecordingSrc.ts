'use client'
import type { Call } from '@aura-kit/client'
import { type RecordingOptions, useOptionalAuraKit } from '@aura-kit/hooks'
import { useEffect, useMemo, useRef, useState } from 'react'
import { safeMediaSrc } from '../utils/safeMediaSrc.ts'

export type ResolveRecordingSrc = NonNullable<RecordingOptions['resolveSrc']>

export interface RecordingSrcOptions {
  /** Base for relative URLs; default the provider client's `baseUrl`. */
  baseUrl?: string | undefined
  /** Default the provider's `recordings.resolveSrc`, else the call's `recording_url`. */
  resolveSrc?: ResolveRecordingSrc | undefined
  /** Default the provider's `recordings.access`, else `direct`. */
  access?: 'direct' | 'client' | undefined
}

export interface RecordingSrc {
  /** What the media element may load; undefined while pending or when there is nothing to play. */
  src: string | undefined
  status: 'none' | 'pending' | 'ready' | 'error'
}

type Settled = { for: unknown; value?: string | null | undefined; failed?: boolean }

const isPromise = (value: unknown): value is Promise<string | null | undefined> =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Promise<unknown>).then === 'function'

/**
 * The URL a call's recording plays from: the host's resolver (sync or async) or `recording_url`,
 * made absolute against the API's base URL, checked for a safe scheme, and, in `client` access,
 * downloaded with the client's credentials into an object URL.
 */
export function useRecordingSrc(call: Call, options: RecordingSrcOptions): RecordingSrc {
  const kit = useOptionalAuraKit()
  const resolveSrc = options.resolveSrc ?? kit?.recordings?.resolveSrc
  const access = options.access ?? kit?.recordings?.access ?? 'direct'
  const client = kit?.client
  const baseUrl = options.baseUrl ?? (client ? `${client.baseUrl}/` : undefined)

  // The resolver is read through a ref so an inline function does not ask again on every render.
  const resolveRef = useRef(resolveSrc)
  resolveRef.current = resolveSrc
  const hasResolver = resolveSrc !== undefined
  const resolved = useMemo(
    () => (hasResolver ? resolveRef.current?.(call) : call.recording_url),
    [call, hasResolver],
  )
  const [settled, setSettled] = useState<Settled>()
  useEffect(() => {
    if (!isPromise(resolved)) {
      return
    }
    let live = true
    resolved.then(
      (value) => live && setSettled({ for: resolved, value }),
      () => live && setSettled({ for: resolved, failed: true }),
    )
    return () => {
      live = false
    }
  }, [resolved])

  let raw: unknown = resolved
  let failed = false
  if (isPromise(resolved)) {
    raw = settled?.for === resolved ? settled.value : undefined
    failed = settled?.for === resolved && settled.failed === true
  }
  const pendingResolve = isPromise(resolved) && settled?.for !== resolved
  const url = safeMediaSrc(raw, baseUrl)
  const download = useClientDownload(
    access === 'client' && url && !url.startsWith('blob:') ? url : undefined,
    client,
  )

  if (failed || download.failed) {
    return { src: undefined, status: 'error' }
  }
  if (pendingResolve || download.pending) {
    return { src: undefined, status: 'pending' }
  }
  const src = download.objectUrl ?? url
  return src ? { src, status: 'ready' } : { src: undefined, status: 'none' }
}

interface Download {
  objectUrl: string | undefined
  pending: boolean
  failed: boolean
}

type MediaClient = {
  fetchMedia: (url: string, options?: { signal?: AbortSignal }) => Promise<Blob>
}

/** Downloads `url` through the client into an object URL, revoked when the URL changes. */
function useClientDownload(url: string | undefined, client: MediaClient | undefined): Download {
  const [state, setState] = useState<{ for: string; objectUrl?: string; failed?: boolean }>()
  useEffect(() => {
    if (url === undefined || client === undefined) {
      return
    }
    const controller = new AbortController()
    let objectUrl: string | undefined
    client.fetchMedia(url, { signal: controller.signal }).then(
      (blob) => {
        if (!controller.signal.aborted) {
          objectUrl = URL.createObjectURL(blob)
          setState({ for: url, objectUrl })
        }
      },
      () => {
        if (!controller.signal.aborted) {
          setState({ for: url, failed: true })
        }
      },
    )
    return () => {
      controller.abort()
      if (objectUrl) {
        URL.revokeObjectURL(objectUrl)
      }
    }
  }, [url, client])
  if (url === undefined) {
    return { objectUrl: undefined, pending: false, failed: false }
  }
  if (client === undefined) {
    // Client access without a provider has no credentials to send: nothing to play.
    return { objectUrl: undefined, pending: false, failed: true }
  }
  const current = state?.for === url ? state : undefined
  return {
    objectUrl: current?.objectUrl,
    pending: current === undefined,
    failed: current?.failed === true,
  }
}
