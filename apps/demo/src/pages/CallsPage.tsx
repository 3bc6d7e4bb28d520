import { CALL_FILTER_FIELDS, CallsTable } from '@aura-kit/ui'
import { useLocation, useNavigate } from 'react-router'
import { useStrings } from '../i18n/LanguageProvider.tsx'
import { PageHeader } from '../layout/PageHeader.tsx'
import { useUrlFilters } from '../url/useUrlFilters.ts'
import type { CallPageState } from './CallPage.tsx'

/** `/calls`: every call, filters in the URL; a row opens the call's own page. */
export function CallsPage() {
  const strings = useStrings()
  const [filters, setFilters] = useUrlFilters(CALL_FILTER_FIELDS)
  const navigate = useNavigate()
  const { search } = useLocation()
  return (
    <div className="demo-page">
      <PageHeader title={strings.callsTitle} description={strings.callsDescription} />
      <div className="demo-table">
        <CallsTable
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
