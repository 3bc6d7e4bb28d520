import { LEAD_FILTER_FIELDS, LeadsTable } from '@aura-kit/ui'
import { Outlet, useLocation, useNavigate } from 'react-router'
import { PageHeader } from '../layout/PageHeader.tsx'
import { useTheme } from '../theme/ThemeProvider.tsx'
import { useUrlFilters } from '../url/useUrlFilters.ts'

/** `/leads`: every lead, filters in the URL; a row opens `/leads/:leadId` over the table. */
export function LeadsPage() {
  const { appearance } = useTheme()
  const [filters, setFilters] = useUrlFilters(LEAD_FILTER_FIELDS)
  const navigate = useNavigate()
  const { search } = useLocation()
  return (
    <div className="demo-page">
      <PageHeader
        title="Leads"
        description="Scroll to load more, filter (the URL keeps it), open a row for its details."
      />
      <div className="demo-table">
        <LeadsTable
          appearance={appearance}
          filters={filters}
          onFiltersChange={setFilters}
          sortLoadedRows
          onRowOpen={(lead) =>
            navigate({ pathname: `/leads/${encodeURIComponent(lead.id)}`, search })
          }
        />
      </div>
      <Outlet />
    </div>
  )
}
