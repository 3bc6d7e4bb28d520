/** How many `--aura-speaker-N` colours styles.css defines. */
export const SPEAKER_COLOR_COUNT = 8

/**
 * A stable palette slot (0–7) for a speaker name: FNV-1a, then a murmur3 finaliser (FNV's low
 * bits alone cluster), so a person keeps their colour across calls and reloads.
 */
export function speakerColor(speaker: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < speaker.length; index++) {
    hash ^= speaker.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  hash ^= hash >>> 16
  hash = Math.imul(hash, 0x85ebca6b)
  hash ^= hash >>> 13
  hash = Math.imul(hash, 0xc2b2ae35)
  hash ^= hash >>> 16
  return (hash >>> 0) % SPEAKER_COLOR_COUNT
}

/**
 * Slots for one call's speakers: each starts at its hashed slot and, when a speaker seen earlier
 * holds it, moves to the next free one, so up to eight people in a call never share a colour.
 * The unknown speaker ('') gets none and stays neutral.
 */
export function speakerColors(speakers: readonly string[]): Map<string, number> {
  const colors = new Map<string, number>()
  const taken = new Set<number>()
  for (const speaker of speakers) {
    if (speaker === '' || colors.has(speaker)) {
      continue
    }
    let slot = speakerColor(speaker)
    for (let step = 0; step < SPEAKER_COLOR_COUNT && taken.has(slot); step++) {
      slot = (slot + 1) % SPEAKER_COLOR_COUNT
    }
    colors.set(speaker, slot)
    taken.add(slot)
  }
  return colors
}
