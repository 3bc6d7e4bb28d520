import { isRouteErrorResponse, Link, useRouteError } from 'react-router'
import { ErrorNotice } from './ErrorNotice.tsx'
import { PageHeader } from './PageHeader.tsx'

/** What a route shows when its component throws, instead of a blank page. */
export function RouteError() {
  const error = useRouteError()
  const shown = isRouteErrorResponse(error)
    ? new Error(`${error.status} ${error.statusText}`)
    : error
  return (
    <div className="demo-page">
      <PageHeader title="Something went wrong" />
      <ErrorNotice title="This page failed to render" error={shown} />
      <p>
        <Link to="/leads">Back to leads</Link>
      </p>
    </div>
  )
}
