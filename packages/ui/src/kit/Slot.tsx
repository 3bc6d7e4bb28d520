'use client'
import {
  Children,
  cloneElement,
  forwardRef,
  type HTMLAttributes,
  isValidElement,
  type ReactElement,
  type ReactNode,
  type Ref,
  version,
} from 'react'
import { useComposedRefs } from './compose.ts'

type AnyProps = Record<string, unknown>

export interface SlotProps extends HTMLAttributes<HTMLElement> {
  children?: ReactNode
}

/**
 * What a part renders with `asChild`: its one child element, with the part's props merged in
 * (Radix's Slot rules: the child's props win, except that handlers both run, the child's first,
 * classes are joined, styles merged and refs composed). A `Slottable` among the children marks the
 * host's element; the part's other children go inside it.
 */
export const Slot = forwardRef<HTMLElement, SlotProps>(function Slot(
  { children, ...slotProps },
  ref,
) {
  const all = Children.toArray(children)
  const slottable = all.find(isSlottable)
  if (!slottable) {
    return (
      <SlotClone {...slotProps} ref={ref}>
        {children}
      </SlotClone>
    )
  }
  const element = slottable.props.children
  if (!isValidElement<{ children?: ReactNode }>(element)) {
    return null
  }
  const inside = all.map((child) => (child === slottable ? element.props.children : child))
  return (
    <SlotClone {...slotProps} ref={ref}>
      {cloneElement(element, undefined, inside)}
    </SlotClone>
  )
})

/** Inside a `Slot`: the element given here is the one the part renders. */
export function Slottable({ children }: { children?: ReactNode }) {
  return <>{children}</>
}

function isSlottable(child: unknown): child is ReactElement<{ children?: ReactNode }> {
  return isValidElement(child) && child.type === Slottable
}

const SlotClone = forwardRef<HTMLElement, SlotProps>(function SlotClone(
  { children, ...slotProps },
  ref,
) {
  const element = isValidElement<AnyProps>(children) ? children : null
  const composedRef = useComposedRefs(ref, element ? elementRef(element) : undefined)
  if (!element) {
    // One element or nothing, as Radix's Slot insists.
    return Children.count(children) > 1 ? Children.only(null) : null
  }
  return cloneElement(element, { ...mergeProps(slotProps, element.props), ref: composedRef })
})

function mergeProps(slotProps: AnyProps, childProps: AnyProps): AnyProps {
  const merged: AnyProps = { ...slotProps, ...childProps }
  for (const name of Object.keys(childProps)) {
    const ours = slotProps[name]
    const theirs = childProps[name]
    if (/^on[A-Z]/.test(name) && typeof ours === 'function' && typeof theirs === 'function') {
      merged[name] = (...args: unknown[]) => {
        const result = theirs(...args)
        ours(...args)
        return result
      }
    } else if (/^on[A-Z]/.test(name) && theirs === undefined) {
      merged[name] = ours
    } else if (name === 'style') {
      merged[name] = { ...(ours as object | undefined), ...(theirs as object | undefined) }
    } else if (name === 'className') {
      merged[name] = [ours, theirs].filter(Boolean).join(' ')
    }
  }
  return merged
}

const refIsProp = Number.parseInt(version, 10) >= 19

/** The child's own ref: a prop from React 19, a field of the element before. */
function elementRef(element: ReactElement<AnyProps>): Ref<HTMLElement> | undefined {
  return (refIsProp ? element.props.ref : (element as { ref?: unknown }).ref) as
    | Ref<HTMLElement>
    | undefined
}
