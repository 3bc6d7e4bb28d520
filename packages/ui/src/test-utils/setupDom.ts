import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

// jsdom has no layout. Give the grid's scroll container a viewport and each measured row a
// height, as TanStack Virtual's own tests do, so only the visible rows render.
export const VIEWPORT_HEIGHT = 400
export const ROW_HEIGHT = 40

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}

function defineLayout(
  name: 'clientHeight' | 'clientWidth' | 'offsetHeight',
  read: (el: HTMLElement) => number,
) {
  Object.defineProperty(HTMLElement.prototype, name, {
    configurable: true,
    get(this: HTMLElement) {
      return read(this)
    },
  })
}

function installDomStubs() {
  defineLayout('clientHeight', (el) => (el.classList.contains('aura-scroll') ? VIEWPORT_HEIGHT : 0))
  defineLayout('clientWidth', (el) => (el.classList.contains('aura-scroll') ? 800 : 0))
  defineLayout('offsetHeight', (el) => (el.hasAttribute('data-index') ? ROW_HEIGHT : 0))
  // What Radix's popper, menus and selects expect from a browser.
  globalThis.ResizeObserver ??= ResizeObserverStub
  Element.prototype.hasPointerCapture ??= () => false
  Element.prototype.setPointerCapture ??= () => {}
  Element.prototype.releasePointerCapture ??= () => {}
  Element.prototype.scrollIntoView ??= () => {}
}

// Node-environment files (styles.test.ts) share this setup and have no DOM to patch.
if (typeof HTMLElement !== 'undefined') {
  installDomStubs()
  afterEach(() => {
    cleanup()
  })
}
