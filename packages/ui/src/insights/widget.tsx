'use client'
import {
  type ForwardRefExoticComponent,
  forwardRef,
  type PropsWithoutRef,
  type ReactNode,
  type RefAttributes,
} from 'react'
import {
  InsightNote,
  InsightProgressBar,
  InsightState,
  InsightTable,
  InsightTitle,
} from './InsightParts.tsx'

/** A widget's parts in their ready-made order, with the widget's own figures in the middle. */
export function DefaultInsightParts({ children }: { children: ReactNode }) {
  return (
    <>
      <InsightTitle />
      <InsightProgressBar />
      <InsightState />
      {children}
      <InsightNote />
      <InsightTable />
    </>
  )
}

/**
 * The ready-made widget (its `Root` with the default parts) carrying every part as a static
 * member: the shared ones (`Title`, `Progress`, `State`, `Note`, `Table`) and its own.
 */
export function withInsightParts<Props extends object, TOwn extends object>(
  name: string,
  Root: ForwardRefExoticComponent<PropsWithoutRef<Props> & RefAttributes<HTMLDivElement>>,
  own: TOwn,
) {
  const Widget = forwardRef<HTMLDivElement, Props>(function Widget(props, ref) {
    return <Root {...props} ref={ref} />
  })
  Widget.displayName = name
  return Object.assign(Widget, {
    Root,
    Title: InsightTitle,
    Progress: InsightProgressBar,
    State: InsightState,
    Note: InsightNote,
    Table: InsightTable,
    ...own,
  })
}
