'use client'
import {
  cloneElement,
  forwardRef,
  type HTMLAttributes,
  isValidElement,
  type ReactNode,
  type TableHTMLAttributes,
} from 'react'
import { DataState, ErrorMessage } from '../data-table/states.tsx'
import { cx, type PartProps, partElement } from '../kit/parts.ts'
import { useMessageSections } from '../kit/useMessages.ts'
import { common as commonEn } from '../messages/en/common.ts'
import { insights as insightsEn } from '../messages/en/insights.ts'
import { useInsight } from './InsightContext.tsx'
import { useInsightFormat } from './useInsightFormat.ts'

export type InsightPartProps<E extends HTMLElement = HTMLDivElement> = HTMLAttributes<E> & PartProps

/**
 * The widget's heading (an `h3`; `asChild` with e.g. `<h2 />` for another level). Its id names
 * the widget.
 */
export const InsightTitle = forwardRef<HTMLHeadingElement, InsightPartProps<HTMLHeadingElement>>(
  function InsightTitle({ asChild, className, children, ...rest }, ref) {
    const { title, titleId } = useInsight()
    const Element = partElement('h3', asChild)
    // With `asChild` and an empty element (`<h2 />`), the title goes inside it.
    const content =
      asChild && isValidElement<{ children?: ReactNode }>(children)
        ? children.props.children === undefined
          ? cloneElement(children, undefined, title)
          : children
        : (children ?? title)
    return (
      <Element {...rest} ref={ref} id={titleId} className={cx('aura-insight-title', className)}>
        {content}
      </Element>
    )
  },
)

/**
 * While counting: a progress bar and "Counted 3,200 leads…" (or "4 of 12 counts in…"), and when
 * the scan pauses for the API's rate limit, until when. Nothing otherwise.
 */
export const InsightProgressBar = forwardRef<HTMLDivElement, InsightPartProps>(
  function InsightProgressBar({ asChild, className, ...rest }, ref) {
    const { progress, noun } = useInsight()
    const messages = useMessageSections({ insights: insightsEn })
    const format = useInsightFormat()
    if (!progress) {
      return null
    }
    const text = messages.insights
    const label =
      progress.kind === 'scan'
        ? (noun === 'leads' ? text.countedLeads : text.countedCalls)(
            progress.scanned,
            format.integer(progress.scanned),
          )
        : text.countsIn(format.integer(progress.settled), format.integer(progress.total))
    const Element = partElement('div', asChild)
    return (
      <Element {...rest} ref={ref} className={cx('aura-insight-progress', className)}>
        {/* A scan has no total to go by: its bar is indeterminate, the count says how far. */}
        {progress.kind === 'scan' ? (
          <progress aria-label={text.counting} aria-valuetext={label} />
        ) : (
          <progress aria-label={text.counting} value={progress.settled} max={progress.total} />
        )}
        <span>{label}</span>
        {progress.kind === 'scan' && progress.waitingUntil !== null ? (
          <span className="aura-note">
            {text.waitingForLimit(format.time(progress.waitingUntil))}
          </span>
        ) : null}
      </Element>
    )
  },
)

/**
 * Loading (a placeholder), error (message, request id, Retry), empty ("No leads in this
 * period"), or, after an error with figures kept, a notice saying they are incomplete with Retry.
 * Nothing while the figures stand on their own.
 */
export const InsightState = forwardRef<HTMLDivElement, InsightPartProps>(function InsightState(
  { asChild, className, ...rest },
  ref,
) {
  const { status, error, retry, noun, progress, source, counted } = useInsight()
  const messages = useMessageSections({ common: commonEn, insights: insightsEn })
  const format = useInsightFormat()
  const text = messages.insights
  if (status === 'loading') {
    return (
      <DataState
        {...rest}
        ref={ref}
        status="loading"
        className={cx('aura-insight-state', className)}
        skeleton={<InsightSkeleton />}
        aria-busy={progress !== null}
      />
    )
  }
  if (status === 'error' || status === 'empty') {
    return (
      <DataState
        {...rest}
        ref={ref}
        status={status}
        className={cx('aura-insight-state', className)}
        title={
          status === 'empty' ? (noun === 'leads' ? text.emptyLeads : text.emptyCalls) : undefined
        }
        error={error}
        onRetry={retry}
      />
    )
  }
  if (status !== 'partial') {
    return null
  }
  const Element = partElement('div', asChild)
  const partial =
    source === 'counts'
      ? text.partialCounts
      : (noun === 'leads' ? text.partialLeads : text.partialCalls)(counted, format.integer(counted))
  return (
    <Element {...rest} ref={ref} role="alert" className={cx('aura-insight-notice', className)}>
      <span>{partial}</span>
      <ErrorMessage error={error} />
      {retry ? (
        <button type="button" className="aura-button" onClick={retry}>
          {messages.common.retry}
        </button>
      ) : null}
    </Element>
  )
})

/** The element around a widget's chart: busy while the count runs. */
export const InsightChartFrame = forwardRef<HTMLDivElement, InsightPartProps>(
  function InsightChartFrame({ asChild, className, ...rest }, ref) {
    const { status } = useInsight()
    const Element = partElement('div', asChild)
    return (
      <Element
        {...rest}
        ref={ref}
        className={cx('aura-insight-chart', className)}
        aria-busy={status === 'scanning' ? true : undefined}
      />
    )
  },
)

/** "12 leads without a valid date are left out." when some were; nothing otherwise. */
export const InsightNote = forwardRef<HTMLParagraphElement, InsightPartProps<HTMLParagraphElement>>(
  function InsightNote({ asChild, className, children, ...rest }, ref) {
    const { undated, noun, status } = useInsight()
    const messages = useMessageSections({ insights: insightsEn })
    const format = useInsightFormat()
    if ((undated === 0 && children === undefined) || status === 'loading' || status === 'error') {
      return null
    }
    const text = messages.insights
    const Element = partElement('p', asChild)
    return (
      <Element {...rest} ref={ref} className={cx('aura-note', 'aura-insight-note', className)}>
        {children ??
          (noun === 'leads' ? text.undatedLeads : text.undatedCalls)(
            undated,
            format.integer(undated),
          )}
      </Element>
    )
  },
)

/** The figures as a table, visually hidden (pass a class of your own to show it). */
export const InsightTable = forwardRef<
  HTMLTableElement,
  TableHTMLAttributes<HTMLTableElement> & PartProps
>(function InsightTable({ asChild, className, ...rest }, ref) {
  const { table, title, status } = useInsight()
  if (!table || status === 'loading' || status === 'error' || status === 'empty') {
    return null
  }
  const Element = partElement('table', asChild)
  return (
    <Element {...rest} ref={ref} className={className ?? 'aura-visually-hidden'}>
      <caption>{title}</caption>
      <thead>
        <tr>
          {table.head.map((cell) => (
            <th key={cell} scope="col">
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in the figures.
          <tr key={index}>
            {row.map((cell, column) =>
              column === 0 ? (
                <th key={table.head[column]} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={table.head[column]}>{cell}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </Element>
  )
})

/** Placeholder bars while nothing is counted yet (hidden from screen readers). */
function InsightSkeleton() {
  return (
    <div className="aura-insight-skeleton" aria-hidden="true" data-testid="aura-skeleton">
      {[80, 60, 45, 30].map((width) => (
        <span key={width} className="aura-skeleton-cell" style={{ width: `${width}%` }} />
      ))}
    </div>
  )
}
