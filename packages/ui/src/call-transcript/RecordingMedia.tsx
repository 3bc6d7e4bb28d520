'use client'
import { useEffect, useState } from 'react'
import { useMessages } from '../kit/useMessages.ts'
import { transcript as transcriptEn } from '../messages/en/transcript.ts'
import type { MediaKind } from '../utils/safeMediaSrc.ts'

export interface RecordingMediaProps {
  src: string
  kind: MediaKind
  /** Receives the media element (and null on unmount). */
  mediaRef: (media: HTMLMediaElement | null) => void
  /** WebVTT captions for a video, built from the transcript. */
  captions?: string | undefined
  language?: string | null | undefined
}

/** Object URL for the captions, made after mount (no `URL.createObjectURL` during render or SSR). */
function useCaptionsUrl(captions: string | undefined): string | undefined {
  const [url, setUrl] = useState<string>()
  useEffect(() => {
    if (captions === undefined || typeof URL.createObjectURL !== 'function') {
      return
    }
    const next = URL.createObjectURL(new Blob([captions], { type: 'text/vtt' }))
    setUrl(next)
    return () => {
      URL.revokeObjectURL(next)
      setUrl(undefined)
    }
  }, [captions])
  return url
}

/** Native `<audio controls>` (or `<video>`), plus a message when the file can't be loaded. */
export function RecordingMedia({ src, kind, mediaRef, captions, language }: RecordingMediaProps) {
  const text = useMessages('transcript', transcriptEn)
  const [failedSrc, setFailedSrc] = useState<string>()
  const captionsUrl = useCaptionsUrl(kind === 'video' ? captions : undefined)
  const common = {
    ref: mediaRef,
    src,
    controls: true,
    preload: 'metadata',
    className: 'aura-transcript-media',
    'aria-label': text.recording,
    onError: () => setFailedSrc(src),
  } as const
  return (
    <>
      {kind === 'video' ? (
        <video {...common} playsInline>
          {captionsUrl ? (
            <track
              kind="captions"
              src={captionsUrl}
              srcLang={language ?? undefined}
              label={text.captions}
              default
            />
          ) : null}
        </video>
      ) : (
        <audio {...common} />
      )}
      {failedSrc === src ? (
        <p className="aura-error-message" role="alert">
          {text.recordingFailed}
        </p>
      ) : null}
    </>
  )
}
