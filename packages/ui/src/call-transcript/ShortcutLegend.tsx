'use client'
import { useMessages } from '../kit/useMessages.ts'
import { transcript as transcriptEn } from '../messages/en/transcript.ts'

/** The keyboard shortcuts, visible; the transcript list points at it with aria-describedby. */
export function ShortcutLegend({ id }: { id: string }) {
  const text = useMessages('transcript', transcriptEn)
  return (
    <p id={id} className="aura-transcript-shortcuts">
      {text.shortcutsIntro} <kbd>k</kbd> {text.shortcutOr} <kbd>{text.keySpace}</kbd>{' '}
      {text.shortcutPlayPause}, <kbd>j</kbd> / <kbd>l</kbd> {text.shortcutSkip(10)}, <kbd>←</kbd> /{' '}
      <kbd>→</kbd> {text.shortcutSkip(5)}. {text.shortcutClick}
    </p>
  )
}
