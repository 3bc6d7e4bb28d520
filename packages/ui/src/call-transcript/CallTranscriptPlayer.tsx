'use client'
import { forwardRef, type HTMLAttributes, type ReactNode, useEffect } from 'react'
import { cx } from '../kit/parts.ts'
import { useMessages } from '../kit/useMessages.ts'
import { transcript as transcriptEn } from '../messages/en/transcript.ts'
import { useTranscriptCall } from './CallTranscriptContext.ts'
import { RecordingMedia } from './RecordingMedia.tsx'
import { ShortcutLegend } from './ShortcutLegend.tsx'

export interface CallTranscriptPlayerProps extends HTMLAttributes<HTMLDivElement> {}

/**
 * The recording: native `<audio controls>` (or `<video>` with captions from the transcript) and
 * the shortcut legend, or why it can't play (loading, failed, unplayable). Nothing when the call
 * has no recording. While it is mounted, lines seek and the shortcuts work.
 */
export const CallTranscriptPlayer = forwardRef<HTMLDivElement, CallTranscriptPlayerProps>(
  function CallTranscriptPlayer({ className, children, ...rest }, ref) {
    const {
      call,
      transcript,
      recording,
      recordingKind,
      captions,
      legendId,
      setMedia,
      registerPlayer,
    } = useTranscriptCall('Player')
    useEffect(registerPlayer, [registerPlayer])
    const text = useMessages('transcript', transcriptEn)
    const { src, status } = recording
    let content: ReactNode
    if (src) {
      content = (
        <>
          <RecordingMedia
            key={src}
            src={src}
            kind={recordingKind}
            mediaRef={setMedia}
            captions={captions}
            language={transcript.language}
          />
          <ShortcutLegend id={legendId} />
        </>
      )
    } else if (status === 'pending') {
      content = (
        <p className="aura-note" role="status">
          {text.recordingLoading}
        </p>
      )
    } else if (status === 'error') {
      content = (
        <p className="aura-error-message" role="alert">
          {text.recordingFailed}
        </p>
      )
    } else if (call.has_recording === true) {
      content = <p className="aura-note">{text.recordingUnplayable}</p>
    } else {
      return null
    }
    return (
      <div
        {...rest}
        ref={ref}
        className={cx('aura-transcript-player', className)}
        data-kind={src ? recordingKind : undefined}
        data-state={src ? 'ready' : status === 'none' ? 'unplayable' : status}
      >
        {content}
        {children}
      </div>
    )
  },
)
