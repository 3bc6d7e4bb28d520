import type { ReactNode } from 'react'
import { EMPTY_VALUE, textOf } from '../utils/formatters.ts'

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

/** A status pill; `data-status` lets themes colour known values. Unknown values still show. */
export function StatusBadge({ value, labels }: { value: unknown; labels: Record<string, string> }) {
  if (typeof value !== 'string' || value === '') {
    return <>{EMPTY_VALUE}</>
  }
  return (
    <span className="aura-badge" data-status={value}>
      {Object.hasOwn(labels, value) ? labels[value] : textOf(value)}
    </span>
  )
}

export function Flag({ value, label }: { value: unknown; label: string }) {
  if (value !== true) {
    return (
      <span className="aura-flag" data-state="off">
        {EMPTY_VALUE}
      </span>
    )
  }
  return (
    <span className="aura-flag" data-state="on" title={label}>
      ✓<span className="aura-visually-hidden"> {label}</span>
    </span>
  )
}
