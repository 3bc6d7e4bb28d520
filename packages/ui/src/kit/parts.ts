import type { ElementType } from 'react'
import { Slot } from './Slot.tsx'

/** What every part takes besides its element's own props. */
export interface PartProps {
  /** Render the one child element instead, merging this part's props, ref and class into it. */
  asChild?: boolean | undefined
}

/** The element a part renders: its own tag, or the child it is given with `asChild`. */
export function partElement<T extends ElementType>(tag: T, asChild: boolean | undefined) {
  return asChild ? Slot : tag
}

/** Class names joined, empty ones left out. */
export function cx(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(' ')
}
