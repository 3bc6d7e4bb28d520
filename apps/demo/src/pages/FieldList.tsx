import type { ReactNode } from 'react'

export function FieldList({ children }: { children: ReactNode }) {
  return <dl className="demo-fields">{children}</dl>
}

/**
 * One label and value; empty values show a dash. Text is isolated with `<bdi>` so an RTL override
 * in the data cannot flip the label. A link only when `href` passed `safeHref`/`mailtoHref`.
 */
export function Field({
  label,
  href,
  children,
}: {
  label: string
  href?: string | null | undefined
  children: ReactNode
}) {
  const empty = children === null || children === undefined || children === ''
  const value = empty ? '—' : <bdi>{children}</bdi>
  return (
    <div className="demo-field">
      <dt>{label}</dt>
      <dd className="demo-break">{href && !empty ? <a href={href}>{value}</a> : value}</dd>
    </div>
  )
}
