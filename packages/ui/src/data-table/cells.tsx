'use client'
import type { ReactNode } from 'react'
import { useKit } from '../kit/KitContext.tsx'
import { UserName } from '../kit/UserName.tsx'
import { allMessages } from '../kit/useAllMessages.ts'
import type { AuraMessages } from '../messages/types.ts'
import { EMPTY_VALUE, type Formatters, textOf } from '../utils/formatters.ts'

/**
 * What a column factory may pin: given, cells use these; left out, cells read the kit in force
 * where the table renders (so one column list serves every locale and language).
 */
export interface ColumnKit {
  format?: Formatters | undefined
  messages?: AuraMessages | undefined
}

/** The formatters and messages a cell uses: the pinned ones, else the kit's. */
export function useColumnKit(pinned: ColumnKit | undefined): {
  format: Formatters
  messages: AuraMessages
} {
  const kit = useKit()
  return {
    format: pinned?.format ?? kit.format,
    messages: pinned?.messages ?? allMessages(kit.messages),
  }
}

/** A header (or any label) from the messages. */
export function MessageText({
  pick,
  pinned,
}: {
  pick: (messages: AuraMessages) => string
  pinned?: ColumnKit | undefined
}) {
  return <>{pick(useColumnKit(pinned).messages)}</>
}

/** Column resources with headers in `messages.columns`. */
export type ColumnResource = keyof AuraMessages['columns']

/**
 * A column factory's header maker: `header('email')` is a header that reads its words from
 * `messages.columns[resource]` where it renders (TanStack renders it as a component), or from the
 * pinned messages.
 */
export function columnHeaders<R extends ColumnResource>(resource: R, pinned: ColumnKit) {
  return (id: keyof AuraMessages['columns'][R]) => () => (
    <MessageText pick={(all) => all.columns[resource][id] as string} pinned={pinned} />
  )
}

/** A string field as it is; anything else (a number, an object from odd data) as missing. */
export const stringValue = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined

/** A value through one of the kit's formatters (money, date, minutes…). */
export function Formatted({
  value,
  as,
  pinned,
}: {
  value: unknown
  as: keyof Formatters
  pinned?: ColumnKit | undefined
}) {
  return <>{useColumnKit(pinned).format[as](value)}</>
}

/** A link only when `href` passed `safeHref`; otherwise the text alone. */
export function SafeLink({ href, children }: { href: string | undefined; children: ReactNode }) {
  if (!href) {
    return <>{children}</>
  }
  return (
    <a className="aura-link" href={href} target="_blank" rel="noopener noreferrer nofollow">
      {children}
    </a>
  )
}

export type StatusKind = keyof AuraMessages['statuses']

/** A status pill labelled from `messages.statuses`; `data-status` lets themes colour it. */
export function StatusBadge({
  value,
  kind,
  pinned,
}: {
  value: unknown
  kind: StatusKind
  pinned?: ColumnKit | undefined
}) {
  const labels: Record<string, string> = useColumnKit(pinned).messages.statuses[kind]
  if (typeof value !== 'string' || value === '') {
    return <>{EMPTY_VALUE}</>
  }
  return (
    <span className="aura-badge" data-status={value}>
      {Object.hasOwn(labels, value) ? labels[value] : textOf(value)}
    </span>
  )
}

/** A tick for `true` with its meaning for screen readers; a dash otherwise. */
export function Flag({
  value,
  label,
  pinned,
}: {
  value: unknown
  label: (messages: AuraMessages) => string
  pinned?: ColumnKit | undefined
}) {
  const { messages } = useColumnKit(pinned)
  if (value !== true) {
    return (
      <span className="aura-flag" data-state="off">
        {EMPTY_VALUE}
      </span>
    )
  }
  const text = label(messages)
  return (
    <span className="aura-flag" data-state="on" title={text}>
      ✓<span className="aura-visually-hidden"> {text}</span>
    </span>
  )
}

/** A person's name (through the kit's `resolveUser`), the id while unknown, a dash for none. */
export function UserCell({ userId }: { userId: unknown }) {
  return typeof userId === 'string' && userId.trim() !== '' ? (
    <UserName userId={userId} />
  ) : (
    EMPTY_VALUE
  )
}
