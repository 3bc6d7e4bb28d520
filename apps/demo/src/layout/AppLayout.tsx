import { Link, NavLink, Outlet } from 'react-router'
import { useConnection } from '../connection/ConnectionProvider.tsx'
import { connectionLabel } from '../connection/connection.ts'
import { useStrings } from '../i18n/LanguageProvider.tsx'
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx'
import { ThemeSwitch } from '../theme/ThemeSwitch.tsx'
import { ApiParamRedirect } from './ApiParamRedirect.tsx'

const navClass = ({ isActive }: { isActive: boolean }) =>
  isActive ? 'demo-nav-link demo-nav-link-active' : 'demo-nav-link'

/** The shell around every route: brand, navigation, connection, language and theme. */
export function AppLayout() {
  const { connection } = useConnection()
  const strings = useStrings()
  return (
    <div className="demo-app">
      <ApiParamRedirect />
      <header className="demo-header">
        <Link to="/" className="demo-brand">
          aura-kit <span className="demo-brand-sub">demo</span>
        </Link>
        <nav aria-label={strings.mainNavigation} className="demo-nav">
          <NavLink to="/" end className={navClass}>
            {strings.navOverview}
          </NavLink>
          <NavLink to="/leads" className={navClass}>
            {strings.navLeads}
          </NavLink>
          <NavLink to="/calls" className={navClass}>
            {strings.navCalls}
          </NavLink>
          <NavLink to="/octanist" className={navClass}>
            {strings.navOctanist}
          </NavLink>
          <NavLink to="/connect" className={navClass}>
            {strings.navConnect}
          </NavLink>
        </nav>
        <div className="demo-header-end">
          <span className="demo-connection" data-testid="connection-label">
            <span className="demo-connection-dot" aria-hidden="true" />
            {connectionLabel(connection, strings.embeddedMock)}
          </span>
          <LanguageSwitch />
          <ThemeSwitch />
        </div>
      </header>
      <main className="demo-main">
        <Outlet />
      </main>
    </div>
  )
}
