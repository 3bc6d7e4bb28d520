import type { RouteObject } from 'react-router'
import { AppLayout } from './layout/AppLayout.tsx'
import { RouteError } from './layout/RouteError.tsx'
import { OctanistLeadSheetRoute } from './octanist/OctanistLeadSheetRoute.tsx'
import { CallPage } from './pages/CallPage.tsx'
import { CallsPage } from './pages/CallsPage.tsx'
import { ConnectPage } from './pages/ConnectPage.tsx'
import { LeadSheetRoute } from './pages/LeadSheetRoute.tsx'
import { LeadsPage } from './pages/LeadsPage.tsx'
import { NotFoundPage } from './pages/NotFoundPage.tsx'
import { OctanistPage } from './pages/OctanistPage.tsx'
import { OverviewPage } from './pages/OverviewPage.tsx'

/** Every URL of the demo; each one survives a reload and can be shared. */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      {
        // Pathless, so a page that throws shows its error inside the shell.
        errorElement: <RouteError />,
        children: [
          { index: true, element: <OverviewPage /> },
          {
            path: 'leads',
            element: <LeadsPage />,
            children: [{ path: ':leadId', element: <LeadSheetRoute /> }],
          },
          { path: 'calls', element: <CallsPage /> },
          { path: 'calls/:callId', element: <CallPage /> },
          {
            path: 'octanist',
            element: <OctanistPage />,
            children: [{ path: ':leadId', element: <OctanistLeadSheetRoute /> }],
          },
          { path: 'connect', element: <ConnectPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]
