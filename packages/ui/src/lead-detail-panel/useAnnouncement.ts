'use client'
import { useCallback, useEffect, useRef, useState } from 'react'

const CLEAR_AFTER_MS = 3000

/** A message for a polite live region that clears itself, so the same message announces again. */
export function useAnnouncement(): [string, (message: string) => void] {
  const [message, setMessage] = useState('')
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])
  const announce = useCallback((next: string) => {
    clearTimeout(timer.current)
    setMessage(next)
    timer.current = setTimeout(() => setMessage(''), CLEAR_AFTER_MS)
  }, [])
  return [message, announce]
}
