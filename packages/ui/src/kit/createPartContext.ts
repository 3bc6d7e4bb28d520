'use client'
import { type Context, createContext, useContext } from 'react'

/** The context a component's Root gives its parts, and where the parts belong (`<LeadFunnel.Root>`). */
export interface PartContext<T> {
  Context: Context<T | null>
  root: string
}

export function createPartContext<T>(root: string): PartContext<T> {
  return { Context: createContext<T | null>(null), root }
}

/** The Root's value, or an error naming the part and where it belongs when used outside. */
export function usePartContext<T>({ Context, root }: PartContext<T>, part = 'This part'): T {
  const value = useContext(Context)
  if (value === null) {
    throw new Error(`${part} must be used inside ${root}.`)
  }
  return value
}
