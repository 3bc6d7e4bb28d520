'use client'
import type { ActionItem, FormAnswer } from '@aura-kit/client'
import { forwardRef, type HTMLAttributes } from 'react'
import { useKit } from '../kit/KitContext.tsx'
import { cx } from '../kit/parts.ts'
import { useMessageSections, useMessages } from '../kit/useMessages.ts'
import { common as commonEn } from '../messages/en/common.ts'
import { transcript as transcriptEn } from '../messages/en/transcript.ts'
import { EMPTY_VALUE, textOf } from '../utils/formatters.ts'
import { useTranscriptCall } from './CallTranscriptContext.ts'
import { PersonName } from './PersonName.tsx'

/** A booking-form answer of any shape as text: lists joined, objects as JSON, never markup. */
export function answerText(value: unknown, yesNo: { yes: string; no: string }): string {
  if (typeof value === 'boolean') {
    return value ? yesNo.yes : yesNo.no
  }
  if (Array.isArray(value)) {
    const items = value
      .map((item) => answerText(item, yesNo))
      .filter((item) => item !== EMPTY_VALUE)
    return items.length === 0 ? EMPTY_VALUE : items.join(', ')
  }
  if (typeof value === 'object' && value !== null) {
    try {
      return JSON.stringify(value)
    } catch {
      return EMPTY_VALUE
    }
  }
  return textOf(value)
}

const listOf = <T,>(value: readonly T[] | null | undefined): T[] =>
  Array.isArray(value) ? value.filter((item) => typeof item === 'object' && item !== null) : []

function ActionItems({ items }: { items: ActionItem[] }) {
  const { format } = useKit()
  const messages = useMessageSections({ transcript: transcriptEn })
  return (
    <ul className="aura-transcript-actions">
      {items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: action items have no id.
        <li key={index} className="aura-transcript-action">
          <strong dir="auto">{textOf(item.title)}</strong>
          <span className="aura-note">
            {messages.transcript.owner} <PersonName userId={item.owner} />
          </span>
          <span className="aura-note">{messages.transcript.due(format.date(item.due_at))}</span>
          {typeof item.notes === 'string' && item.notes !== '' ? (
            <p dir="auto">{item.notes}</p>
          ) : null}
        </li>
      ))}
    </ul>
  )
}

function FormAnswers({ answers }: { answers: FormAnswer[] }) {
  const common = useMessages('common', commonEn)
  return (
    <dl className="aura-transcript-answers">
      {answers.map((answer, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: field ids may repeat or be missing.
        <div key={index} className="aura-transcript-detail">
          <dt className="aura-field-label" dir="auto">
            {textOf(answer.label ?? answer.field_id)}
          </dt>
          <dd dir="auto">{answerText(answer.value, common)}</dd>
        </div>
      ))}
    </dl>
  )
}

export interface CallTranscriptInsightsProps extends HTMLAttributes<HTMLDivElement> {}

/**
 * AI summary, action items (owners by name) and booking answers; each section only when the call
 * has it, and nothing at all when it has none.
 */
export const CallTranscriptInsights = forwardRef<HTMLDivElement, CallTranscriptInsightsProps>(
  function CallTranscriptInsights({ className, children, ...rest }, ref) {
    const { call } = useTranscriptCall('Insights')
    const text = useMessages('transcript', transcriptEn)
    const summary = typeof call.ai_summary === 'string' ? call.ai_summary.trim() : ''
    const actions = listOf(call.action_items)
    const answers = listOf(call.form_data)
    if (summary === '' && actions.length === 0 && answers.length === 0) {
      return null
    }
    return (
      <div {...rest} ref={ref} className={cx('aura-transcript-insights', className)}>
        {summary !== '' ? (
          <section className="aura-transcript-section">
            <h2 className="aura-transcript-heading">{text.summary}</h2>
            <p className="aura-transcript-summary" dir="auto">
              {summary}
            </p>
          </section>
        ) : null}
        {actions.length > 0 ? (
          <section className="aura-transcript-section">
            <h2 className="aura-transcript-heading">{text.actionItems}</h2>
            <ActionItems items={actions} />
          </section>
        ) : null}
        {answers.length > 0 ? (
          <section className="aura-transcript-section">
            <h2 className="aura-transcript-heading">{text.bookingAnswers}</h2>
            <FormAnswers answers={answers} />
          </section>
        ) : null}
        {children}
      </div>
    )
  },
)
