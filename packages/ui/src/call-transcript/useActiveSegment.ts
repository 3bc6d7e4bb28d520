'use client'
import { useEffect, useState } from 'react'
import { findActiveSegment } from './findActiveSegment.ts'

/**
 * The index of the segment playing in `media`: updated on `timeupdate` and seeks, and only when it
 * changes, so playback re-renders the transcript a few times per segment rather than per tick.
 * -1 until playback or a seek has happened.
 */
export function useActiveSegment(
  media: HTMLMediaElement | null,
  starts: readonly number[],
): number {
  const [active, setActive] = useState(-1)
  useEffect(() => {
    if (media === null) {
      setActive(-1)
      return
    }
    const update = () => setActive(findActiveSegment(starts, media.currentTime))
    if (media.currentTime > 0 || !media.paused) {
      update()
    } else {
      setActive(-1)
    }
    media.addEventListener('timeupdate', update)
    media.addEventListener('seeking', update)
    media.addEventListener('seeked', update)
    return () => {
      media.removeEventListener('timeupdate', update)
      media.removeEventListener('seeking', update)
      media.removeEventListener('seeked', update)
    }
  }, [media, starts])
  return active
}
