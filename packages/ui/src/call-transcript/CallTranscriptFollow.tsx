'use client'
import { type ButtonHTMLAttributes, forwardRef } from 'react'
import { composeEventHandlers } from '../kit/compose.ts'
import { cx, type PartProps, partElement } from '../kit/parts.ts'
import { useMessages } from '../kit/useMessages.ts'
import { transcript as transcriptEn } from '../messages/en/transcript.ts'
import { useTranscriptState } from './CallTranscriptContext.ts'

export interface CallTranscriptFollowProps
  extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'value' | 'defaultValue'>,
    PartProps {}

/**
 * "Follow playback", a toggle button (`aria-pressed`, `data-state="on|off"`): keeps the playing
 * line in view. Scrolling by hand or jumping to a search hit turns it off; a click on a line turns
 * it back on. Nothing without a playable recording and a `Player`.
 */
export const CallTranscriptFollow = forwardRef<HTMLButtonElement, CallTranscriptFollowProps>(
  function CallTranscriptFollow({ className, children, asChild, disabled, onClick, ...rest }, ref) {
    const { playable, follow, setFollow } = useTranscriptState('Follow')
    const text = useMessages('transcript', transcriptEn)
    if (!playable) {
      return null
    }
    const Element = partElement('button', asChild)
    return (
      <Element
        type="button"
        aria-pressed={follow}
        data-state={follow ? 'on' : 'off'}
        data-disabled={disabled ? '' : undefined}
        disabled={disabled}
        {...rest}
        ref={ref}
        className={asChild ? className : cx('aura-button aura-transcript-follow', className)}
        onClick={composeEventHandlers(onClick, () => {
          if (!disabled) {
            setFollow(!follow)
          }
        })}
      >
        {children ?? text.follow}
      </Element>
    )
  },
)
