import { Slot } from 'radix-ui'
import { type ForwardedRef, type HTMLAttributes, isValidElement, type ReactNode } from 'react'
import { cx } from '../kit/parts.ts'

interface RenderPartOptions {
  tag: 'section' | 'header'
  asChild: boolean | undefined
  ref: ForwardedRef<HTMLElement>
  /** The part's own class, before the host's. */
  className: string
  /** The host's props for the element, spread after the part's own attributes. */
  props: HTMLAttributes<HTMLElement>
  /** The part's own attributes (role, labels, data-*). */
  attributes?: Record<string, string | undefined> | undefined
  /** The host's children: content, or with `asChild` the element to render. */
  children: ReactNode
  /** What goes inside, given the host's content (undefined: the part's default content). */
  render: (content: ReactNode | undefined) => ReactNode
}

/**
 * One part's element: `tag`, or with `asChild` the host's single child element, whose own children
 * (if any) then take the place of the default content. Ref, class and props are merged into it.
 */
export function renderPart({
  tag: Tag,
  asChild,
  ref,
  className,
  props,
  attributes,
  children,
  render,
}: RenderPartOptions) {
  const merged = { ...attributes, ...props, className: cx(className, props.className) }
  if (asChild) {
    return (
      <Slot.Root {...merged} ref={ref}>
        <Slot.Slottable child={children}>
          {(content) => render(isEmpty(content) ? undefined : content)}
        </Slot.Slottable>
      </Slot.Root>
    )
  }
  return (
    <Tag {...merged} ref={ref}>
      {render(isEmpty(children) ? undefined : children)}
    </Tag>
  )
}

const isEmpty = (node: ReactNode) =>
  node === undefined ||
  node === null ||
  node === false ||
  (Array.isArray(node) && node.length === 0)

/** Whether the host gave content of its own: `children`, or with `asChild` the child's children. */
export function hasHostContent(asChild: boolean | undefined, children: ReactNode): boolean {
  if (!asChild) {
    return !isEmpty(children)
  }
  return isValidElement<{ children?: ReactNode }>(children) && !isEmpty(children.props.children)
}
