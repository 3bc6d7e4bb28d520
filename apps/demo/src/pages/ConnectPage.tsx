import { type FormEvent, useId, useState } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { useConnection } from '../connection/ConnectionProvider.tsx'
import { MOCK_CONNECTION, remoteConnection } from '../connection/connection.ts'
import { PageHeader } from '../layout/PageHeader.tsx'

/** Only same-app paths: `next=//evil.example` or `next=https://…` go to the leads page. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\')
    ? next
    : '/leads'
}

/** `/connect`: point the demo at any Aura-compatible API with a token typed here, or the mock. */
export function ConnectPage() {
  const { connection, setConnection } = useConnection()
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const [error, setError] = useState<string | null>(null)
  const id = useId()
  const next = safeNext(params.get('next'))
  const remote = connection.kind === 'remote' ? connection : null
  const defaultBaseUrl = params.get('api') ?? remote?.baseUrl ?? ''

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const text = (name: string) => {
      const value = form.get(name)
      return typeof value === 'string' ? value : ''
    }
    const connected = remoteConnection({
      baseUrl: text('baseUrl'),
      octanistBaseUrl: text('octanistBaseUrl'),
      token: text('token'),
    })
    if (!connected) {
      setError('Enter absolute http(s) URLs, without credentials, query or fragment.')
      return
    }
    setError(null)
    setConnection(connected)
    navigate(next)
  }

  return (
    <div className="demo-page demo-narrow">
      <PageHeader
        title="Connect"
        description="Point the demo at any Aura-compatible API. Without one it runs on the embedded mock."
      />
      <section className="demo-card" aria-labelledby={`${id}-current`}>
        <h2 id={`${id}-current`}>Current connection</h2>
        <p data-testid="current-connection" className="demo-break">
          {remote
            ? `${remote.baseUrl} (${remote.token ? 'with a token' : 'no token'})`
            : 'The embedded mock API on this server (no key needed).'}
        </p>
        {remote ? (
          <button
            type="button"
            className="demo-button"
            onClick={() => {
              setConnection(MOCK_CONNECTION)
              navigate(next)
            }}
          >
            Use the embedded mock
          </button>
        ) : null}
      </section>
      <form className="demo-card demo-form" onSubmit={onSubmit} aria-labelledby={`${id}-remote`}>
        <h2 id={`${id}-remote`}>Your API</h2>
        <label htmlFor={`${id}-base`}>API base URL</label>
        <input
          id={`${id}-base`}
          name="baseUrl"
          type="url"
          required
          placeholder="https://api.aura-app.ai"
          defaultValue={defaultBaseUrl}
          autoComplete="url"
        />
        <label htmlFor={`${id}-token`}>Token</label>
        <input
          id={`${id}-token`}
          name="token"
          type="password"
          autoComplete="off"
          aria-describedby={`${id}-token-help`}
        />
        <p id={`${id}-token-help`} className="demo-muted">
          Sent as <code>Authorization: Bearer</code> (and <code>X-API-KEY</code> to Octanist). It
          stays in this tab's session storage. Use a short-lived token, never a server-side secret
          key; leave it empty if your proxy adds credentials.
        </p>
        <label htmlFor={`${id}-octanist`}>Octanist base URL (optional)</label>
        <input
          id={`${id}-octanist`}
          name="octanistBaseUrl"
          type="url"
          placeholder="Default: <API base URL>/api"
          defaultValue={remote?.octanistBaseUrl ?? ''}
          autoComplete="url"
        />
        {error ? (
          <p role="alert" className="demo-error">
            {error}
          </p>
        ) : null}
        <div className="demo-form-actions">
          <button type="submit" className="demo-button demo-button-primary">
            Connect
          </button>
        </div>
      </form>
    </div>
  )
}
