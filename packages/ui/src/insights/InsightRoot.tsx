'use client'
import type { DayRange } from '@aura-kit/hooks'
import { forwardRef, type ReactNode } from 'react'
import { AuraRoot, type AuraRootProps } from '../aura-root/AuraRoot.tsx'
import { cx } from '../kit/parts.ts'
import { type InsightModel, InsightProvider, type InsightTableModel } from './InsightContext.tsx'
import type { SourceState } from './insightSource.tsx'

/** What every widget's Root takes besides its data source. */
export interface InsightRootProps extends Omit<AuraRootProps, 'children' | 'title' | 'onSelect'> {
  /** Days to count (`YYYY-MM-DD`, both included, in the kit's time zone); all time without. */
  range?: DayRange | undefined
  /** The heading; default the widget's own (from the kit's messages). */
  title?: ReactNode
  /** Parts in your own order; default the widget's ready-made ones. */
  children?: ReactNode
}

/**
 * The widget's element: the kit root (`appearance`, `locale`, `timeZone`, `currency`, `messages`
 * override the kit here) as a `group` named by the widget's title. Ref and props go onto it.
 */
export const InsightFrame = forwardRef<
  HTMLDivElement,
  Omit<AuraRootProps, 'title'> & { kind: string; titleId: string }
>(function InsightFrame({ kind, titleId, className, ...rest }, ref) {
  return (
    <AuraRoot
      role="group"
      aria-labelledby={titleId}
      {...rest}
      ref={ref}
      className={cx('aura-insight', className)}
      data-insight={kind}
    />
  )
})

/** Hands the widget's state to its parts. */
export function InsightScope<F>({
  state,
  titleId,
  title,
  noun,
  table,
  children,
}: {
  state: SourceState<F>
  titleId: string
  title: ReactNode
  noun: InsightModel['noun']
  table: InsightTableModel | null
  children: ReactNode
}) {
  const { figures: _figures, ...rest } = state
  return (
    <InsightProvider value={{ ...rest, titleId, title, noun, table }}>{children}</InsightProvider>
  )
}
