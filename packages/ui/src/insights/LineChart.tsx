'use client'
import { type CSSProperties, useId, useRef } from 'react'
import { niceCeiling, useChartMarks } from './chartMarks.ts'
import { useWidth } from './useWidth.ts'

/** One point of the series: its figures and what choosing it does. */
export interface LinePoint {
  key: string
  /** The x-axis label (first, middle and last points show theirs). */
  label: string
  value: number
  /** The same point one period earlier (the faint comparison line). */
  previous: number
  description: string
  onSelect?: (() => void) | undefined
}

const HEIGHT = 200
const LEFT = 44
const RIGHT = 12
const TOP = 12
const BOTTOM = 28

/** `M x,y L x,y …` through the points: a straight polyline, no library needed. */
const path = (points: Array<[number, number]>) =>
  points
    .map(([x, y], index) => `${index === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`)
    .join('')

/**
 * A line per day or week with the previous period dashed and faint, in an SVG (`role="img"`,
 * named by `summary`) drawn at the container's width (ResizeObserver) so its text keeps its size.
 * Each point is a button over its column (one tab stop, arrows move) with a tooltip.
 */
export function LineChart({
  summary,
  hint,
  points,
  integer,
}: {
  summary: string
  hint?: string | undefined
  points: readonly LinePoint[]
  /** Spells the axis' numbers. */
  integer: (value: number) => string
}) {
  const id = useId()
  const frame = useRef<HTMLDivElement>(null)
  const measured = useWidth(frame, 600)
  const width = Math.max(LEFT + RIGHT + 40, measured)
  const { shown, markProps } = useChartMarks(points.length)
  const top = niceCeiling(Math.max(...points.map((point) => Math.max(point.value, point.previous))))
  const plotWidth = width - LEFT - RIGHT
  const plotHeight = HEIGHT - TOP - BOTTOM
  const step = plotWidth / Math.max(1, points.length)
  const x = (index: number) => LEFT + step * (index + 0.5)
  const y = (value: number) => TOP + plotHeight * (1 - value / top)
  const current = points.map((point, index): [number, number] => [x(index), y(point.value)])
  const previous = points.map((point, index): [number, number] => [x(index), y(point.previous)])
  const area =
    current.length > 0
      ? `${path(current)}L${x(points.length - 1).toFixed(1)},${y(0)}L${x(0).toFixed(1)},${y(0)}Z`
      : ''
  const labelled = new Set([0, Math.floor((points.length - 1) / 2), points.length - 1])
  const active = shown === null ? null : points[shown]
  return (
    <div ref={frame} className="aura-line">
      <svg
        role="img"
        aria-label={summary}
        className="aura-line-plot"
        viewBox={`0 0 ${width} ${HEIGHT}`}
        width="100%"
      >
        {[0, top / 2, top].map((tick) => (
          <g key={tick} className="aura-line-grid">
            <line x1={LEFT} x2={width - RIGHT} y1={y(tick)} y2={y(tick)} />
            <text x={LEFT - 6} y={y(tick)} dy="0.32em" textAnchor="end">
              {integer(tick)}
            </text>
          </g>
        ))}
        {points.map((point, index) =>
          labelled.has(index) ? (
            <text
              key={point.key}
              className="aura-line-axis"
              x={x(index)}
              y={HEIGHT - 8}
              textAnchor={
                points.length > 1 && index === 0
                  ? 'start'
                  : index === points.length - 1 && points.length > 1
                    ? 'end'
                    : 'middle'
              }
            >
              {point.label}
            </text>
          ) : null,
        )}
        <path className="aura-line-area" d={area} />
        <path className="aura-line-previous" d={path(previous)} />
        <path className="aura-line-current" d={path(current)} />
        {current.length === 1 ? (
          <circle className="aura-line-dot" cx={current[0]?.[0]} cy={current[0]?.[1]} r="4" />
        ) : null}
        {shown !== null ? (
          <g className="aura-line-focus">
            <line x1={x(shown)} x2={x(shown)} y1={TOP} y2={y(0)} />
            <circle
              cx={x(shown)}
              cy={y(points[shown]?.previous ?? 0)}
              r="3"
              data-series="previous"
            />
            <circle cx={x(shown)} cy={y(points[shown]?.value ?? 0)} r="4" />
          </g>
        ) : null}
      </svg>
      <div className="aura-line-marks">
        {points.map((point, index) => (
          <button
            key={point.key}
            type="button"
            className="aura-line-mark"
            style={{
              left: `${((x(index) - step / 2) / width) * 100}%`,
              width: `${(step / width) * 100}%`,
            }}
            aria-label={point.description}
            aria-disabled={point.onSelect ? undefined : 'true'}
            aria-describedby={hint && point.onSelect ? `${id}-hint` : undefined}
            data-selectable={point.onSelect ? '' : undefined}
            onClick={point.onSelect}
            {...markProps(index)}
          />
        ))}
      </div>
      {active && shown !== null ? (
        <div
          className="aura-chart-tooltip"
          aria-hidden="true"
          data-side={x(shown) > width / 2 ? 'left' : 'right'}
          style={{ '--aura-tooltip-x': `${(x(shown) / width) * 100}%` } as CSSProperties}
        >
          {active.description}
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
