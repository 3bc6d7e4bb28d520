/** The keyboard shortcuts, visible; the transcript region points at it with aria-describedby. */
export function ShortcutLegend({ id }: { id: string }) {
  return (
    <p id={id} className="aura-transcript-shortcuts">
      Keyboard, while focus is in the transcript: <kbd>k</kbd> or <kbd>Space</kbd> play or pause,{' '}
      <kbd>j</kbd> / <kbd>l</kbd> back or forward 10 seconds, <kbd>←</kbd> / <kbd>→</kbd> back or
      forward 5 seconds. Click a line to play from there.
    </p>
  )
}
