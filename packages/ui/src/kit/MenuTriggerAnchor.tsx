'use client'
// Used by the lazily loaded menus only (their chunks share it): not in any initial bundle.
import { forwardRef, type RefObject, useImperativeHandle } from 'react'

/**
 * Stands in Radix's `DropdownMenu.Trigger asChild` for a trigger button rendered before the menu's
 * code loaded (`useLazyMenu`), so that button stays the same element (focus, hover, the host's
 * ref): Radix gets it as its trigger and anchor, and the props Radix would put on it are dropped
 * (the trigger sets the same ones itself).
 */
export const MenuTriggerAnchor = forwardRef<
  HTMLButtonElement,
  { trigger: RefObject<HTMLButtonElement | null> }
>(function MenuTriggerAnchor({ trigger }, ref) {
  // The trigger renders before the menu, so it is there (non-null).
  useImperativeHandle(ref, () => trigger.current as HTMLButtonElement, [trigger])
  return null
})

/**
 * The first item's ref when the menu was opened from the keyboard: a module function, so React
 * calls it once as the open menu mounts, before Radix's focus scope would focus the menu itself.
 * (Radix moves to the first item only when its own trigger saw the key press, and this trigger
 * was on the page before Radix loaded.)
 */
export function focusOnMount(item: HTMLElement | null) {
  item?.focus({ preventScroll: true })
}
