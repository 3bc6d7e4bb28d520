import type { ReactNode } from 'react'

/** The page's `<title>`, its one h1 and a line of description. */
export function PageHeader({
  title,
  description,
  children,
}: {
  title: string
  description?: ReactNode
  children?: ReactNode
}) {
  return (
    <div className="demo-page-header">
      <title>{`${title} · aura-kit demo`}</title>
      <div>
        <h1>{title}</h1>
        {description ? <p className="demo-muted">{description}</p> : null}
      </div>
      {children}
    </div>
  )
}
