import { cutAt } from '../utils/formatters.ts'

export interface NotePreviewLimits {
  maxChars: number
  maxLines: number
}

export const DEFAULT_NOTE_LIMITS: NotePreviewLimits = { maxChars: 480, maxLines: 6 }

export interface NotePreview {
  /** The part shown while collapsed. */
  preview: string
  /** The rest, rendered only once expanded; '' when the note fits. */
  rest: string
}

/**
 * Splits a note into what a collapsed card shows and the rest. The cut prefers a line break or a
 * space near the limit, so a 100 kB note costs a few hundred characters of DOM until expanded.
 */
export function notePreview(
  text: string,
  { maxChars, maxLines }: NotePreviewLimits = DEFAULT_NOTE_LIMITS,
): NotePreview {
  let limit = Math.min(text.length, maxChars)
  let lineBreaks = 0
  for (let index = 0; index < limit; index++) {
    if (text[index] === '\n' && ++lineBreaks === maxLines) {
      limit = index
      break
    }
  }
  if (limit >= text.length) {
    return { preview: text, rest: '' }
  }
  const head = cutAt(text, limit)
  const softBreak = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\n'))
  const end = softBreak > head.length * 0.8 ? softBreak : head.length
  return { preview: text.slice(0, end), rest: text.slice(end) }
}
