'use client'
import { type Ref, type RefCallback, useCallback } from 'react'

function setRef<T>(ref: Ref<T> | undefined, node: T | null) {
  if (typeof ref === 'function') {
    ref(node)
  } else if (ref) {
    ref.current = node
  }
}

/** One ref callback that sets both refs (a forwarded ref and the part's own). */
export function useComposedRef<T>(first: Ref<T> | undefined, second: Ref<T> | undefined) {
  return useCallback<RefCallback<T>>(
    (node) => {
      setRef(first, node)
      setRef(second, node)
    },
    [first, second],
  )
}
