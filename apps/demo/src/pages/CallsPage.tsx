import { CALL_FILTER_FIELDS, CallsTable } from '@aura-kit/ui'
import { useLocation, useNavigate } from 'react-router'
import { PageHeader } from '../layout/PageHeader.tsx'
import { useTheme } from '../theme/ThemeProvider.tsx'
import { useUrlFilters } from '../url/useUrlFilters.ts'
import type { CallPageState } from './CallPage.tsx'

/** `/calls`: every call, filters in the URL; a row opens the call's own page. */
export function CallsPage() {
  const { appearance } = useTheme()
  const [filters, setFilters] = useUrlFilters(CALL_FILTER_FIELDS)
  const navigate = useNavigate()
  const { search } = useLocation()
  return (
    <div className="demo-page">
      <PageHeader title="Calls" description="Open a call for its details and transcript." />
      <div className="demo-table">
        <CallsTable
          appearance={appearance}
          filters={filters}
          onFiltersChange={setFilters}
          sortLoadedRows
          onRowOpen={(call) =>
            navigate(`/calls/${encodeURIComponent(call.id)}`, {
              state: { listSearch: search } satisfies CallPageState,
            })
          }
        />
      </div>
    </div>
  )
}
