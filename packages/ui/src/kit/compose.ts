// Not `radix-ui/internal`: the React 18 test project's alias cannot resolve that subpath.
import { type Ref, type RefCallback, useCallback } from 'react'

/** The host's handler first, then ours unless the host called `preventDefault()` (Radix's rule). */
export function composeEventHandlers<Event extends { defaultPrevented: boolean }>(
  theirs: ((event: Event) => void) | undefined,
  ours: (event: Event) => void,
): (event: Event) => void {
  return (event) => {
    theirs?.(event)
    if (!event.defaultPrevented) {
      ours(event)
    }
  }
}

function setRef<T>(ref: Ref<T> | undefined, value: T | null): void {
  if (typeof ref === 'function') {
    ref(value)
  } else if (ref) {
    ref.current = value
  }
}

/** One ref callback that fills both refs; stable while they are. */
export function useComposedRefs<T>(
  first: Ref<T> | undefined,
  second: Ref<T> | undefined,
): RefCallback<T> {
  return useCallback(
    (value: T | null) => {
      setRef(first, value)
      setRef(second, value)
    },
    [first, second],
  )
}
