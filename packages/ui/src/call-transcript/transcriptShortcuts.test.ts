import { describe, expect, it } from 'vitest'
import { type ShortcutEvent, shortcutFor } from './transcriptShortcuts.ts'

const press = (
  key: string,
  target: EventTarget | null = null,
  extra: Partial<ShortcutEvent> = {},
) =>
  shortcutFor({
    key,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    defaultPrevented: false,
    target,
    ...extra,
  })

/** `<outer attributes><inner/></outer>`, returning the inner element when there is one. */
const element = (outer: string, attributes: Record<string, string> = {}, inner?: string) => {
  const parent = document.createElement(outer)
  for (const [name, value] of Object.entries(attributes)) {
    parent.setAttribute(name, value)
  }
  if (inner === undefined) {
    return parent
  }
  const child = document.createElement(inner)
  parent.append(child)
  return child
}

describe('shortcutFor', () => {
  it('maps k / Space to play-pause, j / l to ∓10 s and the arrows to ∓5 s', () => {
    const region = element('div', { tabindex: '0' })
    expect(press('k', region)).toEqual({ type: 'toggle' })
    expect(press(' ', region)).toEqual({ type: 'toggle' })
    expect(press('j', region)).toEqual({ type: 'skip', seconds: -10 })
    expect(press('l', region)).toEqual({ type: 'skip', seconds: 10 })
    expect(press('ArrowLeft', region)).toEqual({ type: 'skip', seconds: -5 })
    expect(press('ArrowRight', region)).toEqual({ type: 'skip', seconds: 5 })
    expect(press('x', region)).toBeNull()
    expect(press('toString', region)).toBeNull()
  })

  it('leaves modified and already handled keys alone', () => {
    expect(press('k', null, { ctrlKey: true })).toBeNull()
    expect(press('l', null, { metaKey: true })).toBeNull()
    expect(press('j', null, { altKey: true })).toBeNull()
    expect(press('K', null, { shiftKey: true })).toBeNull()
    expect(press('k', null, { defaultPrevented: true })).toBeNull()
  })

  it('never hijacks typing, native media controls or open menus', () => {
    for (const target of [
      element('input'),
      element('textarea'),
      element('select'),
      element('div', { contenteditable: 'true' }, 'b'),
      element('audio', { controls: '' }),
      element('div', { role: 'menu' }, 'div'),
    ]) {
      expect(press('k', target)).toBeNull()
      expect(press('ArrowLeft', target)).toBeNull()
    }
  })

  it('lets Space press buttons, but k still toggles from a button', () => {
    const button = element('button')
    expect(press(' ', button)).toBeNull()
    expect(press('k', button)).toEqual({ type: 'toggle' })
  })
})
