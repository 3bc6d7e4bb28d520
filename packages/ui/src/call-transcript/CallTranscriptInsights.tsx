import type { ActionItem, Call, FormAnswer } from '@aura-kit/client'
import { EMPTY_VALUE, type Formatters, textOf } from '../utils/formatters.ts'
import { type ResolveUserName, userText } from './CallHeader.tsx'

/** A booking-form answer of any shape as text: lists joined, objects as JSON, never markup. */
export function answerText(value: unknown): string {
  if (typeof value === 'boolean') {
    return value ? 'Yes' : 'No'
  }
  if (Array.isArray(value)) {
    const items = value.map(answerText).filter((item) => item !== EMPTY_VALUE)
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

interface InsightsProps {
  format: Formatters
  resolveUserName?: ResolveUserName | undefined
}

function ActionItems({ items, format, resolveUserName }: InsightsProps & { items: ActionItem[] }) {
  return (
    <ul className="aura-transcript-actions">
      {items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: action items have no id.
        <li key={index} className="aura-transcript-action">
          <strong dir="auto">{textOf(item.title)}</strong>
          <span className="aura-note">
            Owner: <bdi>{userText(item.owner, resolveUserName)}</bdi>
          </span>
          <span className="aura-note">Due: {format.date(item.due_at)}</span>
          {typeof item.notes === 'string' && item.notes !== '' ? (
            <p dir="auto">{item.notes}</p>
          ) : null}
        </li>
      ))}
    </ul>
  )
}

function FormAnswers({ answers }: { answers: FormAnswer[] }) {
  return (
    <dl className="aura-transcript-answers">
      {answers.map((answer, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: field ids may repeat or be missing.
        <div key={index} className="aura-transcript-detail">
          <dt className="aura-field-label" dir="auto">
            {textOf(answer.label ?? answer.field_id)}
          </dt>
          <dd dir="auto">{answerText(answer.value)}</dd>
        </div>
      ))}
    </dl>
  )
}

/** AI summary, action items and booking answers; each section only when the call has it. */
export function CallInsights({ call, format, resolveUserName }: InsightsProps & { call: Call }) {
  const summary = typeof call.ai_summary === 'string' ? call.ai_summary.trim() : ''
  const actions = listOf(call.action_items)
  const answers = listOf(call.form_data)
  if (summary === '' && actions.length === 0 && answers.length === 0) {
    return null
  }
  return (
    <div className="aura-transcript-insights">
      {summary !== '' ? (
        <div className="aura-transcript-section">
          <h2 className="aura-transcript-heading">Summary</h2>
          <p className="aura-transcript-summary" dir="auto">
            {summary}
          </p>
        </div>
      ) : null}
      {actions.length > 0 ? (
        <div className="aura-transcript-section">
          <h2 className="aura-transcript-heading">Action items</h2>
          <ActionItems items={actions} format={format} resolveUserName={resolveUserName} />
        </div>
      ) : null}
      {answers.length > 0 ? (
        <div className="aura-transcript-section">
          <h2 className="aura-transcript-heading">Booking answers</h2>
          <FormAnswers answers={answers} />
        </div>
      ) : null}
    </div>
  )
}
