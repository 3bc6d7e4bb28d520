'use client'
import { useKit } from '../kit/KitContext.tsx'

/** The keyboard shortcuts, visible; the transcript list points at it with aria-describedby. */
export function ShortcutLegend({ id }: { id: string }) {
  const text = useKit().messages.transcript
  return (
    <p id={id} className="aura-transcript-shortcuts">
      {text.shortcutsIntro} <kbd>k</kbd> {text.shortcutOr} <kbd>{text.keySpace}</kbd>{' '}
      {text.shortcutPlayPause}, <kbd>j</kbd> / <kbd>l</kbd> {text.shortcutSkip(10)}, <kbd>←</kbd> /{' '}
      <kbd>→</kbd> {text.shortcutSkip(5)}. {text.shortcutClick}
    </p>
  )
}
