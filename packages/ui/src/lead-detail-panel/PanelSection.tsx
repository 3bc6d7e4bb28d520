'use client'
import { forwardRef, type HTMLAttributes, type ReactNode, useId } from 'react'
import type { PartProps } from '../kit/parts.ts'
import { cx } from '../kit/parts.ts'
import { renderPart } from './renderPart.tsx'

/** What every section part takes: its element's props, `asChild`, and a heading of your own. */
export interface LeadDetailSectionProps extends HTMLAttributes<HTMLElement>, PartProps {
  /** Replaces the section's heading (default: the `leadPanel` message). */
  heading?: ReactNode
  /**
   * Replaces the section's content; its heading stays. With `asChild`, the child element is the
   * section, and its own children (if any) are the content.
   */
  children?: ReactNode
}

interface PanelSectionProps extends LeadDetailSectionProps {
  defaultHeading: string
  /** The part's own class, e.g. `aura-notes`. */
  sectionClass?: string | undefined
  /** The default content. */
  body: ReactNode
}

/**
 * A titled part of the panel: one `section`, a group named by its heading. Not a region landmark,
 * since a page with several panels would repeat the same landmark names.
 */
export const PanelSection = forwardRef<HTMLElement, PanelSectionProps>(function PanelSection(
  { asChild, heading, defaultHeading, sectionClass, body, children, ...props },
  ref,
) {
  const headingId = useId()
  return renderPart({
    tag: 'section',
    asChild,
    ref,
    className: cx('aura-panel-section', sectionClass),
    props,
    attributes: { role: 'group', 'aria-labelledby': headingId },
    children,
    render: (own) => (
      <>
        <h3 id={headingId} className="aura-panel-section-title">
          {heading ?? defaultHeading}
        </h3>
        {own ?? body}
      </>
    ),
  })
})

export function FieldList({ children }: { children: ReactNode }) {
  return <dl className="aura-field-list">{children}</dl>
}

/** One label/value pair; values are isolated so right-to-left overrides stay inside them. */
export function Field({
  label,
  children,
  code,
}: {
  label: ReactNode
  children: ReactNode
  code?: boolean | undefined
}) {
  return (
    <div className="aura-field-row">
      <dt className="aura-field-name">{label}</dt>
      <dd className={code ? 'aura-field-value aura-mono' : 'aura-field-value'} dir="auto">
        {children}
      </dd>
    </div>
  )
}
