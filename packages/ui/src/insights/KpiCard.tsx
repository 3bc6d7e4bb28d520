'use client'
import { forwardRef, type HTMLAttributes, useId } from 'react'
import { cx, type PartProps, partElement } from '../kit/parts.ts'
import { useMessages } from '../kit/useMessages.ts'
import { insights as insightsEn } from '../messages/en/insights.ts'
import { useInsightFormat } from './useInsightFormat.ts'

type PartAttributes<E extends HTMLElement = HTMLDivElement> = HTMLAttributes<E> & PartProps

/** A single figure's card: a `div` grouping its label, value and delta. */
export const KpiCardRoot = forwardRef<HTMLDivElement, PartAttributes>(function KpiCardRoot(
  { asChild, className, ...rest },
  ref,
) {
  const Element = partElement('div', asChild)
  return <Element role="group" {...rest} ref={ref} className={cx('aura-kpi', className)} />
})

/** What the figure is. Give it an `id` and the Root `aria-labelledby` to name the card. */
export const KpiCardLabel = forwardRef<HTMLDivElement, PartAttributes>(function KpiCardLabel(
  { asChild, className, ...rest },
  ref,
) {
  const Element = partElement('div', asChild)
  return <Element {...rest} ref={ref} className={cx('aura-kpi-label', className)} />
})

/** The figure itself, already formatted. */
export const KpiCardValue = forwardRef<HTMLDivElement, PartAttributes>(function KpiCardValue(
  { asChild, className, ...rest },
  ref,
) {
  const Element = partElement('div', asChild)
  return <Element {...rest} ref={ref} className={cx('aura-kpi-value', className)} />
})

/** A line under the figure (what it counts, what it leaves out). */
export const KpiCardCaption = forwardRef<HTMLDivElement, PartAttributes>(function KpiCardCaption(
  { asChild, className, ...rest },
  ref,
) {
  const Element = partElement('div', asChild)
  return <Element {...rest} ref={ref} className={cx('aura-kpi-caption', 'aura-note', className)} />
})

export interface KpiCardDeltaProps extends PartAttributes<HTMLSpanElement> {
  /** This period's figure. */
  value: number
  /** The previous period's. */
  previous: number
}

/**
 * The change from the previous period: an arrow and the percentage, with the direction in words
 * too ("up 12 % on the previous period"), never by colour alone. `data-direction` is
 * `up`, `down` or `flat`.
 */
export const KpiCardDelta = forwardRef<HTMLSpanElement, KpiCardDeltaProps>(function KpiCardDelta(
  { value, previous, asChild, className, children, ...rest },
  ref,
) {
  const text = useMessages('insights', insightsEn)
  const format = useInsightFormat()
  const change = previous > 0 ? (value - previous) / previous : null
  const direction =
    change === null ? (value > 0 ? 'up' : 'flat') : change > 0 ? 'up' : change < 0 ? 'down' : 'flat'
  const words =
    change === null
      ? value > 0
        ? text.deltaNew
        : text.deltaSame
      : change === 0
        ? text.deltaSame
        : (change > 0 ? text.deltaUp : text.deltaDown)(format.percent(Math.abs(change)))
  const Element = partElement('span', asChild)
  return (
    <Element
      {...rest}
      ref={ref}
      className={cx('aura-kpi-delta', className)}
      data-direction={direction}
    >
      {children ?? (
        <>
          <span aria-hidden="true">
            {direction === 'up' ? '▲' : direction === 'down' ? '▼' : '■'}{' '}
            {change === null ? '' : format.percent(Math.abs(change))}
          </span>
          <span className="aura-visually-hidden">{words}</span>
        </>
      )}
    </Element>
  )
})

export interface KpiCardProps extends Omit<PartAttributes, 'children'> {
  label: string
  /** The figure, formatted. */
  value: string
  /** With `previous`, shows the change against it. */
  current?: number | undefined
  previous?: number | undefined
  caption?: string | undefined
}

/**
 * A single figure with a trend delta, built from the parts (`KpiCard.Root`, `.Label`, `.Value`,
 * `.Delta`, `.Caption`). Place it inside a kit root (any kit component, or `<AuraRoot>`).
 */
const KpiCardComponent = forwardRef<HTMLDivElement, KpiCardProps>(function KpiCard(
  { label, value, current, previous, caption, ...rest },
  ref,
) {
  const labelId = useId()
  return (
    <KpiCardRoot aria-labelledby={labelId} {...rest} ref={ref}>
      <KpiCardLabel id={labelId}>{label}</KpiCardLabel>
      <KpiCardValue>{value}</KpiCardValue>
      {current !== undefined && previous !== undefined ? (
        <KpiCardDelta value={current} previous={previous} />
      ) : null}
      {caption ? <KpiCardCaption>{caption}</KpiCardCaption> : null}
    </KpiCardRoot>
  )
})

export const KpiCard = Object.assign(KpiCardComponent, {
  Root: KpiCardRoot,
  Label: KpiCardLabel,
  Value: KpiCardValue,
  Delta: KpiCardDelta,
  Caption: KpiCardCaption,
})
