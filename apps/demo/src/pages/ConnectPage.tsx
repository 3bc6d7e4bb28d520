import { type FormEvent, useId, useState } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { useConnection } from '../connection/ConnectionProvider.tsx'
import { MOCK_CONNECTION, remoteConnection } from '../connection/connection.ts'
import { useStrings } from '../i18n/LanguageProvider.tsx'
import { richText } from '../i18n/richText.tsx'
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
  const strings = useStrings()
  const [invalid, setInvalid] = useState(false)
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
      setInvalid(true)
      return
    }
    setInvalid(false)
    setConnection(connected)
    navigate(next)
  }

  return (
    <div className="demo-page demo-narrow">
      <PageHeader title={strings.connectTitle} description={strings.connectDescription} />
      <section className="demo-card" aria-labelledby={`${id}-current`}>
        <h2 id={`${id}-current`}>{strings.currentConnection}</h2>
        <p data-testid="current-connection" className="demo-break">
          {remote
            ? (remote.token ? strings.remoteWithToken : strings.remoteWithoutToken)(remote.baseUrl)
            : strings.mockConnection}
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
            {strings.useEmbeddedMock}
          </button>
        ) : null}
      </section>
      <form className="demo-card demo-form" onSubmit={onSubmit} aria-labelledby={`${id}-remote`}>
        <h2 id={`${id}-remote`}>{strings.yourApi}</h2>
        <label htmlFor={`${id}-base`}>{strings.apiBaseUrl}</label>
        <input
          id={`${id}-base`}
          name="baseUrl"
          type="url"
          required
          placeholder="https://api.aura-app.ai"
          defaultValue={defaultBaseUrl}
          autoComplete="url"
        />
        <label htmlFor={`${id}-token`}>{strings.token}</label>
        <input
          id={`${id}-token`}
          name="token"
          type="password"
          autoComplete="off"
          aria-describedby={`${id}-token-help`}
        />
        <p id={`${id}-token-help`} className="demo-muted">
          {richText(
            strings.tokenHelp,
            <code key="bearer">Authorization: Bearer</code>,
            <code key="api-key">X-API-KEY</code>,
          )}
        </p>
        <label htmlFor={`${id}-octanist`}>{strings.octanistBaseUrl}</label>
        <input
          id={`${id}-octanist`}
          name="octanistBaseUrl"
          type="url"
          placeholder={strings.octanistBaseUrlPlaceholder}
          defaultValue={remote?.octanistBaseUrl ?? ''}
          autoComplete="url"
        />
        {invalid ? (
          <p role="alert" className="demo-error">
            {strings.invalidUrls}
          </p>
        ) : null}
        <div className="demo-form-actions">
          <button type="submit" className="demo-button demo-button-primary">
            {strings.connect}
          </button>
        </div>
      </form>
    </div>
  )
}
