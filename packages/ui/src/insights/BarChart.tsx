'use client'
import { type CSSProperties, useId } from 'react'
import { displayValue } from '../utils/formatters.ts'
import { useChartMarks } from './chartMarks.ts'

/** One bar: its row's label and figure, and what selecting it does. */
export interface BarItem {
  key: string
  label: string
  value: number
  /** A second, lighter bar behind (the funnel's "reached this step"). */
  ghost?: number | undefined
  /** The figure at the row's end. */
  valueText: string
  /** A muted second figure (a share or a conversion). */
  meta?: string | undefined
  /** A sign before `meta` for the eye only (the description says it in words). */
  metaPrefix?: string | undefined
  /** The mark in a sentence with units: its accessible description and tooltip. */
  description: string
  /** `muted`: drawn outlined, for what stands beside the main bars ("other", "left the funnel"). */
  tone?: 'muted' | undefined
  /** A heading row shown before this bar (e.g. "Left the funnel"). */
  group?: string | undefined
  /** Filters the tables by this bar; without one the bar is shown but can't be chosen. */
  onSelect?: (() => void) | undefined
}

const ROW_UNITS = 10
/** Longest label kept: a 10 kB source name stays a line. */
const LABEL_LENGTH = 120

/**
 * Horizontal bars in an SVG (`role="img"`, named by `summary`), under a grid of rows that carry
 * the labels and figures as text: each row is a button (one tab stop for the chart, arrows move)
 * named by its visible text, described (and tooltipped) by a sentence with units. Bars scale to
 * the longest one.
 */
export function BarChart({
  summary,
  hint,
  items,
}: {
  summary: string
  /** How to use the bars, for screen readers (when some can be chosen). */
  hint?: string | undefined
  items: readonly BarItem[]
}) {
  const id = useId()
  const { shown, markProps } = useChartMarks(items.length)
  const max = Math.max(1, ...items.map((item) => Math.max(item.value, item.ghost ?? 0)))
  const rows: Array<{ item: BarItem; row: number; index: number }> = []
  const headings: Array<{ text: string; row: number }> = []
  let row = 1
  items.forEach((item, index) => {
    if (item.group) {
      headings.push({ text: item.group, row })
      row++
    }
    rows.push({ item, row, index })
    row++
  })
  const width = (value: number) => `${Math.max(0, (value / max) * 100)}`
  const shownRow = shown === null ? null : rows[shown]
  return (
    <div className="aura-bars">
      <svg
        role="img"
        aria-label={summary}
        className="aura-bars-plot"
        viewBox={`0 0 100 ${(row - 1) * ROW_UNITS}`}
        preserveAspectRatio="none"
        style={{ gridRow: `1 / ${row}` }}
      >
        {rows.map(({ item, row: at, index }) => (
          <g key={item.key} data-active={shown === index ? '' : undefined}>
            {item.ghost ? (
              <rect
                className="aura-bar-ghost"
                x="0"
                y={(at - 1) * ROW_UNITS + 2}
                width={width(item.ghost)}
                height={ROW_UNITS - 4}
              />
            ) : null}
            <rect
              className="aura-bar"
              data-tone={item.tone}
              x="0"
              y={(at - 1) * ROW_UNITS + 2}
              width={width(item.value)}
              height={ROW_UNITS - 4}
            />
          </g>
        ))}
      </svg>
      {headings.map((heading) => (
        <span key={heading.text} className="aura-bars-heading" style={{ gridRow: heading.row }}>
          {heading.text}
        </span>
      ))}
      {rows.map(({ item, row: at, index }) => (
        <button
          key={item.key}
          type="button"
          className="aura-bar-row"
          style={{ gridRow: at }}
          aria-describedby={hint && item.onSelect ? `${id}-${index} ${id}-hint` : `${id}-${index}`}
          aria-disabled={item.onSelect ? undefined : 'true'}
          data-selectable={item.onSelect ? '' : undefined}
          onClick={item.onSelect}
          {...markProps(index)}
        >
          {/* The visible text is the name; the sentence with units is the description. */}
          <bdi className="aura-bar-label">{displayValue(item.label, LABEL_LENGTH)}</bdi>{' '}
          <span className="aura-bar-value">
            {item.valueText}
            {item.meta ? (
              <>
                {' '}
                <span className="aura-bar-meta">
                  {item.metaPrefix ? <span aria-hidden="true">{item.metaPrefix} </span> : null}
                  {item.meta}
                </span>
              </>
            ) : null}
          </span>
        </button>
      ))}
      {/* Descriptions are read through aria-describedby only, not a second time in the page. */}
      <div hidden>
        {rows.map(({ item, index }) => (
          <span key={item.key} id={`${id}-${index}`}>
            {item.description}
          </span>
        ))}
      </div>
      {shownRow ? (
        <div
          className="aura-chart-tooltip"
          aria-hidden="true"
          style={{ '--aura-tooltip-row': shownRow.row } as CSSProperties}
        >
          {shownRow.item.description}
        </div>
      ) : null}
      {hint ? (
        <span id={`${id}-hint`} className="aura-visually-hidden">
          {hint}
        </span>
      ) : null}
    </div>
  )
}

/** A label cut for the chart and its words, so a hostile name stays one short line. */
export const chartLabel = (label: string) => displayValue(label, LABEL_LENGTH) ?? ''
