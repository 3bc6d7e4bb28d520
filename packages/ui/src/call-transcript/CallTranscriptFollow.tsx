'use client'
import { Toggle } from 'radix-ui'
import { type ButtonHTMLAttributes, forwardRef } from 'react'
import { useKit } from '../kit/KitContext.tsx'
import { cx, type PartProps } from '../kit/parts.ts'
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
  function CallTranscriptFollow({ className, children, asChild, ...rest }, ref) {
    const { playable, follow, setFollow } = useTranscriptState('Follow')
    const text = useKit().messages.transcript
    if (!playable) {
      return null
    }
    return (
      <Toggle.Root
        {...rest}
        ref={ref}
        asChild={asChild}
        className={asChild ? className : cx('aura-button aura-transcript-follow', className)}
        pressed={follow}
        onPressedChange={setFollow}
      >
        {children ?? text.follow}
      </Toggle.Root>
    )
  },
)
