import type { ReactNode } from 'react'
import { useStrings } from '../i18n/LanguageProvider.tsx'

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
  const strings = useStrings()
  return (
    <div className="demo-page-header">
      <title>{strings.documentTitle(title)}</title>
      <div>
        <h1>{title}</h1>
        {description ? <p className="demo-muted">{description}</p> : null}
      </div>
      {children}
    </div>
  )
}
