'use client'
import {
  type ComponentType,
  type FocusEvent,
  type KeyboardEvent,
  type PointerEvent,
  useReducer,
  useState,
} from 'react'
import { composeEventHandlers } from './compose.ts'

/** A component in a chunk of its own, imported once on first use. */
export interface LazyComponent<P> {
  /** The component, once it has arrived. */
  loaded: () => ComponentType<P> | undefined
  /** Imports it (once); a failed import is tried again on the next call. */
  load: () => Promise<ComponentType<P>>
}

export function lazyComponent<P>(importer: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let pending: Promise<ComponentType<P>> | undefined
  let component: ComponentType<P> | undefined
  const load = () =>
    (pending ??= importer().then(
      (loaded) => (component = loaded),
      (error: unknown) => {
        pending = undefined
        throw error
      },
    ))
  return { loaded: () => component, load }
}

/** The host's own handlers for the trigger, run before the menu's (`preventDefault` stops it). */
export interface MenuTriggerHandlers<T extends HTMLElement> {
  onPointerDown?: ((event: PointerEvent<T>) => void) | undefined
  onKeyDown?: ((event: KeyboardEvent<T>) => void) | undefined
  onPointerEnter?: ((event: PointerEvent<T>) => void) | undefined
  onFocus?: ((event: FocusEvent<T>) => void) | undefined
}

export interface LazyMenuOptions<T extends HTMLElement> extends MenuTriggerHandlers<T> {
  /** The menu's element id (the trigger's `aria-controls` while open). */
  menuId: string
  disabled?: boolean | undefined
}

/**
 * A menu button whose menu is loaded on first use. The trigger behaves as Radix's
 * `DropdownMenu.Trigger` does: a primary press toggles (keeping focus off the button while it
 * opens), Enter and Space toggle, ArrowDown opens; hover and focus start the import early. The
 * menu opens once its code is here, and is expanded (ARIA) only then.
 */
export function useLazyMenu<P, T extends HTMLElement = HTMLButtonElement>(
  menu: LazyComponent<P>,
  { menuId, disabled, onPointerDown, onKeyDown, onPointerEnter, onFocus }: LazyMenuOptions<T>,
) {
  const [state, setState] = useState({ open: false, byKeyboard: false })
  // The component lives in the module's loader; a render is asked for once it arrives.
  const [, loadedOne] = useReducer((count: number) => count + 1, 0)
  const Menu = menu.loaded()
  const load = () => menu.load().then(loadedOne)
  const setOpen = (open: boolean, byKeyboard: boolean) => {
    setState({ open, byKeyboard })
    if (open && !Menu) {
      load().catch(() => setState({ open: false, byKeyboard: false }))
    }
  }
  const preload = () => {
    if (!Menu) {
      // Only a head start: a failure here is tried again when the menu is opened.
      load().catch(() => {})
    }
  }
  const expanded = state.open && Menu !== undefined

  return {
    /** The loaded menu component, to render with `open`, `onOpenChange` and `focusFirstItem`. */
    Menu,
    open: state.open,
    onOpenChange: (open: boolean) => setState({ open, byKeyboard: false }),
    /** Opened from the keyboard: the first item takes focus (Radix's rule for its own trigger). */
    focusFirstItem: state.byKeyboard,
    triggerProps: {
      'aria-haspopup': 'menu' as const,
      'aria-expanded': expanded,
      'aria-controls': expanded ? menuId : undefined,
      'data-state': expanded ? 'open' : 'closed',
      'data-disabled': disabled ? '' : undefined,
      onPointerDown: composeEventHandlers(onPointerDown, (event: PointerEvent<T>) => {
        if (disabled || event.button !== 0 || event.ctrlKey) {
          return
        }
        if (!state.open) {
          event.preventDefault()
        }
        setOpen(!state.open, false)
      }),
      onKeyDown: composeEventHandlers(onKeyDown, (event: KeyboardEvent<T>) => {
        if (disabled) {
          return
        }
        if (event.key === 'Enter' || event.key === ' ') {
          setOpen(!state.open, true)
        } else if (event.key === 'ArrowDown') {
          setOpen(true, true)
        } else {
          return
        }
        event.preventDefault()
      }),
      onPointerEnter: composeEventHandlers(onPointerEnter, preload),
      onFocus: composeEventHandlers(onFocus, preload),
    },
  }
}
