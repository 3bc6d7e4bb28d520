'use client'
import { createContext, useContext } from 'react'

/**
 * The context a component's Root gives its parts: its Provider, and a hook that returns the value
 * or throws, naming the part and where it belongs (`<LeadFunnel.Root>`), when used outside.
 */
export function createPartContext<T>(root: string) {
  const Context = createContext<T | null>(null)
  function usePartContext(part = 'This part'): T {
    const value = useContext(Context)
    if (value === null) {
      throw new Error(`${part} must be used inside ${root}.`)
    }
    return value
  }
  return [Context.Provider, usePartContext] as const
}
