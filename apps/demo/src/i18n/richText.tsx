import { Fragment, type ReactNode } from 'react'

// Private-use characters no string contains, passed where the values go.
const slot = (index: number) => String.fromCodePoint(0xf0100 + index)

/**
 * A message whose values are elements (a `<code>`, a link): `message` gets a placeholder for
 * each, and each placeholder in its text becomes the matching node.
 */
export function richText(
  message: (...values: string[]) => string,
  ...nodes: ReactNode[]
): ReactNode {
  const text = message(...nodes.map((_, index) => slot(index)))
  const pattern = new RegExp(`(${nodes.map((_, index) => slot(index)).join('|')})`, 'u')
  return text.split(pattern).map((piece, index) => {
    const node = nodes.findIndex((_, slotIndex) => slot(slotIndex) === piece)
    // biome-ignore lint/suspicious/noArrayIndexKey: the pieces never move
    return <Fragment key={index}>{node === -1 ? piece : nodes[node]}</Fragment>
  })
}
