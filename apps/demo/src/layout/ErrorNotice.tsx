import { AuraApiError } from '@aura-kit/client'

/** An API or route error as text: the message and, for API errors, the request id. */
export function ErrorNotice({ title, error }: { title: string; error: unknown }) {
  const message = error instanceof Error && error.message ? error.message : 'Something went wrong.'
  const requestId = error instanceof AuraApiError ? error.requestId : null
  return (
    <div role="alert" className="demo-alert">
      <strong>{title}</strong>
      <p className="demo-break">{message}</p>
      {requestId ? (
        <p className="demo-muted">
          Request id: <code>{requestId}</code>
        </p>
      ) : null}
    </div>
  )
}
