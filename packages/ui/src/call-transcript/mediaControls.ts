/** Starts playback, ignoring the promise's rejection (autoplay policy, no source, unmounted). */
export function playQuietly(media: HTMLMediaElement): void {
  try {
    Promise.resolve(media.play()).catch(() => {})
  } catch {
    // Some environments throw synchronously instead of rejecting.
  }
}

/** Jumps to `seconds` and plays from there. */
export function playFrom(media: HTMLMediaElement, seconds: number): void {
  media.currentTime = Math.max(0, seconds)
  playQuietly(media)
}

export function togglePlayback(media: HTMLMediaElement): void {
  if (media.paused) {
    playQuietly(media)
  } else {
    media.pause()
  }
}

/** Moves by `seconds`, kept inside the recording. */
export function skipBy(media: HTMLMediaElement, seconds: number): void {
  const end = Number.isFinite(media.duration) ? media.duration : Number.POSITIVE_INFINITY
  media.currentTime = Math.min(end, Math.max(0, media.currentTime + seconds))
}
