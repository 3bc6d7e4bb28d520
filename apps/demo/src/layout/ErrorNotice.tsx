import { AuraApiError } from '@aura-kit/client'
import { useStrings } from '../i18n/LanguageProvider.tsx'
import { richText } from '../i18n/richText.tsx'

/** An API or route error as text: the message and, for API errors, the request id. */
export function ErrorNotice({ title, error }: { title: string; error: unknown }) {
  const strings = useStrings()
  const message = error instanceof Error && error.message ? error.message : strings.unknownError
  const requestId = error instanceof AuraApiError ? error.requestId : null
  return (
    <div role="alert" className="demo-alert">
      <strong>{title}</strong>
      <p className="demo-break">{message}</p>
      {requestId ? (
        <p className="demo-muted">{richText(strings.requestId, <code>{requestId}</code>)}</p>
      ) : null}
    </div>
  )
}
