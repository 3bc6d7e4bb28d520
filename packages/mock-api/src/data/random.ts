/** A seeded pseudo-random source (mulberry32). Same seed, same sequence, on every platform. */
export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  /** Picks by weight: `[[value, weight], ...]`. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T
  chance(probability: number): boolean
  /** Characters drawn from `alphabet`. */
  string(alphabet: string, length: number): string
  uuid(): string
}

export const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
export const LOWER_ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyz0123456789'
export const HEX = '0123456789abcdef'
export const DIGITS = '0123456789'

export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)]
    if (item === undefined) {
      throw new Error('Cannot pick from an empty list')
    }
    return item
  }
  const string = (alphabet: string, length: number): string => {
    const codes: number[] = new Array(length)
    for (let index = 0; index < length; index++) {
      codes[index] = alphabet.charCodeAt(Math.floor(next() * alphabet.length))
    }
    return String.fromCharCode(...codes)
  }
  const hexWord = (): string =>
    Math.floor(next() * 4294967296)
      .toString(16)
      .padStart(8, '0')
  return {
    next,
    int,
    pick,
    weighted(entries) {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0)
      let roll = next() * total
      for (const [value, weight] of entries) {
        roll -= weight
        if (roll < 0) {
          return value
        }
      }
      const last = entries[entries.length - 1]
      if (last === undefined) {
        throw new Error('Cannot pick from an empty list')
      }
      return last[0]
    },
    chance: (probability) => next() < probability,
    string,
    uuid() {
      const second = hexWord()
      const third = hexWord()
      const variant = HEX.charAt(8 + Math.floor(next() * 4))
      return `${hexWord()}-${second.slice(0, 4)}-4${second.slice(5, 8)}-${variant}${third.slice(1, 4)}-${third.slice(4)}${hexWord()}`
    },
  }
}

/** Derives an independent seed for a named stream, so one dataset's size never shifts another's. */
export function deriveSeed(seed: number, label: string): number {
  let hash = 0x811c9dc5 ^ (seed >>> 0)
  for (let index = 0; index < label.length; index++) {
    hash = Math.imul(hash ^ label.charCodeAt(index), 0x01000193)
  }
  hash ^= hash >>> 16
  hash = Math.imul(hash, 0x85ebca6b)
  hash ^= hash >>> 13
  return hash >>> 0
}

/** Returns null with the given probability, otherwise the made value. */
export function orNull<T>(random: Random, make: () => T, probability = 0.1): T | null {
  return random.chance(probability) ? null : make()
}
