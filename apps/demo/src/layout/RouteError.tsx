import { isRouteErrorResponse, Link, useRouteError } from 'react-router'
import { useStrings } from '../i18n/LanguageProvider.tsx'
import { ErrorNotice } from './ErrorNotice.tsx'
import { PageHeader } from './PageHeader.tsx'

/** What a route shows when its component throws, instead of a blank page. */
export function RouteError() {
  const error = useRouteError()
  const strings = useStrings()
  const shown = isRouteErrorResponse(error)
    ? new Error(`${error.status} ${error.statusText}`)
    : error
  return (
    <div className="demo-page">
      <PageHeader title={strings.somethingWentWrong} />
      <ErrorNotice title={strings.pageFailed} error={shown} />
      <p>
        <Link to="/leads">{strings.backToLeads}</Link>
      </p>
    </div>
  )
}
