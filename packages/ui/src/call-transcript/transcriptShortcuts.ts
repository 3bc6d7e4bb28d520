export type ShortcutAction = { type: 'toggle' } | { type: 'skip'; seconds: number }

/** The keys the transcript region answers to; the legend in the UI lists the same. */
export const TRANSCRIPT_SHORTCUTS: Readonly<Record<string, ShortcutAction>> = {
  k: { type: 'toggle' },
  ' ': { type: 'toggle' },
  j: { type: 'skip', seconds: -10 },
  l: { type: 'skip', seconds: 10 },
  ArrowLeft: { type: 'skip', seconds: -5 },
  ArrowRight: { type: 'skip', seconds: 5 },
}

export const TRANSCRIPT_KEY_SHORTCUTS = 'K Space J L ArrowLeft ArrowRight'

/** Where keys belong to the control itself: typing, native media controls, open menus. */
const OWNS_EVERY_KEY =
  'input, textarea, select, [contenteditable]:not([contenteditable="false"]), audio, video, [role="menu"], [role="listbox"], [role="slider"], [role="combobox"]'
/** Where Space activates the control. */
const OWNS_SPACE = 'button, a[href], summary, [role="button"], [role="checkbox"], [role="menuitem"]'

export interface ShortcutEvent {
  key: string
  altKey: boolean
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  defaultPrevented: boolean
  target: EventTarget | null
}

/** The action for a key press in the transcript region, or null to leave the key alone. */
export function shortcutFor(event: ShortcutEvent): ShortcutAction | null {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) {
    return null
  }
  const action = Object.hasOwn(TRANSCRIPT_SHORTCUTS, event.key)
    ? TRANSCRIPT_SHORTCUTS[event.key]
    : undefined
  if (action === undefined) {
    return null
  }
  const target = event.target as { closest?: (selector: string) => unknown } | null
  if (typeof target?.closest !== 'function') {
    return action
  }
  if (target.closest(OWNS_EVERY_KEY) || (event.key === ' ' && target.closest(OWNS_SPACE))) {
    return null
  }
  return action
}
