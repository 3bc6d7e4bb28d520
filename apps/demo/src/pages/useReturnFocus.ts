import { useCallback, useLayoutEffect, useRef } from 'react'

/**
 * For a Radix dialog opened without a `Dialog.Trigger` (from a grid row or a URL): remembers
 * what had focus when it opened and gives an `onCloseAutoFocus` handler that puts focus back
 * there. Radix alone would focus the missing trigger, leaving focus on `<body>`.
 */
export function useReturnFocus(): (event: Event) => void {
  const opener = useRef<Element | null>(null)
  // A layout effect runs before the dialog's own (passive) focus effect moves focus inside.
  useLayoutEffect(() => {
    opener.current = document.activeElement
  }, [])
  return useCallback((event: Event) => {
    const target = opener.current
    if (target instanceof HTMLElement && target.isConnected && target !== document.body) {
      event.preventDefault()
      target.focus()
    }
  }, [])
}
