'use client'
import { type FieldsetHTMLAttributes, forwardRef } from 'react'
import { cx } from '../kit/parts.ts'
import { useMessages } from '../kit/useMessages.ts'
import { transcript as transcriptEn } from '../messages/en/transcript.ts'
import { useTranscriptCall, useTranscriptState } from './CallTranscriptContext.ts'
import { speakerLabel } from './transcriptModel.ts'

export interface CallTranscriptSpeakerFilterProps
  extends FieldsetHTMLAttributes<HTMLFieldSetElement> {}

/**
 * One checkbox per speaker (the unknown speaker last); unchecked speakers leave the list and the
 * search. Nothing for a transcript with fewer than two speakers.
 */
export const CallTranscriptSpeakerFilter = forwardRef<
  HTMLFieldSetElement,
  CallTranscriptSpeakerFilterProps
>(function CallTranscriptSpeakerFilter({ className, children, ...rest }, ref) {
  const { transcript, colors } = useTranscriptCall('SpeakerFilter')
  const { hidden, setHidden } = useTranscriptState('SpeakerFilter')
  const text = useMessages('transcript', transcriptEn)
  const { speakers } = transcript
  if (speakers.length < 2) {
    return null
  }
  const toggle = (speaker: string, shown: boolean) => {
    const next = new Set(hidden)
    if (shown) {
      next.delete(speaker)
    } else {
      next.add(speaker)
    }
    setHidden(next)
  }
  return (
    <fieldset {...rest} ref={ref} className={cx('aura-transcript-speakers', className)}>
      <legend className="aura-field-label">{text.speakers}</legend>
      {speakers.map((speaker) => (
        <label
          key={speaker}
          className="aura-transcript-speaker-option"
          data-speaker-color={colors.get(speaker)}
          data-unknown={speaker === '' ? '' : undefined}
        >
          <input
            type="checkbox"
            checked={!hidden.has(speaker)}
            onChange={(event) => toggle(speaker, event.currentTarget.checked)}
          />
          <bdi>{speakerLabel(speaker, text.unknownSpeaker)}</bdi>
        </label>
      ))}
      {children}
    </fieldset>
  )
})
