import { Fragment, type ReactNode } from 'react'

// A private-use character no catalogue contains, passed where the value goes.
const SLOT = '\u{F0001}'

/**
 * A one-value message with the value rendered as `node` (a `<bdi>`, say) wherever the catalogue
 * puts it: `withValue((name) => `Created ${name}.`, <bdi>{name}</bdi>)`.
 */
export function withValue(message: (value: string) => string, node: ReactNode): ReactNode {
  const pieces = message(SLOT).split(SLOT)
  return pieces.map((piece, index) => (
    // The pieces never move, so their position is their identity.
    // biome-ignore lint/suspicious/noArrayIndexKey: fixed order
    <Fragment key={index}>
      {index > 0 ? node : null}
      {piece}
    </Fragment>
  ))
}
