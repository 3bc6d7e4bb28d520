import { type ReactNode, useId } from 'react'

/**
 * A titled part of the panel: a group named by its heading. Not a region landmark, since a page
 * with several panels would repeat the same landmark names.
 */
export function PanelSection({
  title,
  children,
  className,
}: {
  title: string
  children: ReactNode
  className?: string | undefined
}) {
  const headingId = useId()
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset groups form controls; these are read-only values.
    <div
      className={className ? `aura-panel-section ${className}` : 'aura-panel-section'}
      role="group"
      aria-labelledby={headingId}
    >
      <h3 id={headingId} className="aura-panel-section-title">
        {title}
      </h3>
      {children}
    </div>
  )
}

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
