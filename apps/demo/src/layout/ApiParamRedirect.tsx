import { Navigate, useLocation } from 'react-router'

/**
 * `?api=<baseUrl>` on any page opens Connect with that URL filled in (the token is typed there,
 * never put in a link), then comes back to the page without the parameter.
 */
export function ApiParamRedirect() {
  const location = useLocation()
  const params = new URLSearchParams(location.search)
  const api = params.get('api')
  if (api === null || location.pathname === '/connect') {
    return null
  }
  params.delete('api')
  const rest = params.toString()
  const next = `${location.pathname}${rest ? `?${rest}` : ''}`
  const target = new URLSearchParams({ api, next })
  return <Navigate to={`/connect?${target}`} replace />
}
