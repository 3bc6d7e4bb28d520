'use client'
import { useCallback, useEffect, useRef, useState } from 'react'

interface ControllableStateOptions<T> {
  prop: T | undefined
  defaultProp: T
  onChange?: ((value: T) => void) | undefined
  /** Names the prop in the development warning. */
  name: string
}

const isDevelopment = () => typeof process === 'undefined' || process.env?.NODE_ENV !== 'production'

/** State that the parent may control (`prop` + `onChange`) or leave to us (`defaultProp`). */
export function useControllableState<T>({
  prop,
  defaultProp,
  onChange,
  name,
}: ControllableStateOptions<T>): [T, (value: T) => void] {
  const [uncontrolled, setUncontrolled] = useState(defaultProp)
  const isControlled = prop !== undefined
  const wasControlled = useRef(isControlled)
  useEffect(() => {
    if (wasControlled.current !== isControlled && isDevelopment()) {
      console.warn(
        `aura-kit: \`${name}\` switched from ${wasControlled.current ? 'controlled' : 'uncontrolled'} to ${isControlled ? 'controlled' : 'uncontrolled'}. Pick one for the component's lifetime.`,
      )
    }
    wasControlled.current = isControlled
  }, [isControlled, name])
  const onChangeRef = useRef(onChange)
  onChangeRef.current = onChange
  const setValue = useCallback(
    (next: T) => {
      if (!isControlled) {
        setUncontrolled(next)
      }
      onChangeRef.current?.(next)
    },
    [isControlled],
  )
  return [isControlled ? prop : uncontrolled, setValue]
}
