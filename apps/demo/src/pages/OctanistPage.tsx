import { OCTANIST_FILTER_FIELDS, OctanistLeadsTable } from '@aura-kit/ui'
import { useCallback, useMemo } from 'react'
import { Outlet, useLocation, useNavigate, useSearchParams } from 'react-router'
import { useStrings } from '../i18n/LanguageProvider.tsx'
import { PageHeader } from '../layout/PageHeader.tsx'
import { type SortEntry, sortingFromParam, sortingToParam } from '../url/sortingParam.ts'
import { useUrlFilters } from '../url/useUrlFilters.ts'

/**
 * `/octanist`: Octanist's leads with server sort (`?sort=`), search (`?q=`) and filters in the URL;
 * a row opens `/octanist/:leadId` over the table.
 */
export function OctanistPage() {
  const strings = useStrings()
  const [filters, setFilters] = useUrlFilters(OCTANIST_FILTER_FIELDS)
  const [params, setParams] = useSearchParams()
  const sortParam = params.get('sort')
  const sorting = useMemo(() => sortingFromParam(sortParam), [sortParam])
  const search = params.get('q') ?? ''
  const navigate = useNavigate()
  const location = useLocation()
  const setParam = useCallback(
    (name: string, value: string) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current)
          if (value) {
            next.set(name, value)
          } else {
            next.delete(name)
          }
          return next
        },
        { replace: true },
      )
    },
    [setParams],
  )
  return (
    <div className="demo-page">
      <PageHeader title={strings.octanistTitle} description={strings.octanistDescription} />
      <div className="demo-table">
        <OctanistLeadsTable
          filters={filters}
          onFiltersChange={setFilters}
          sorting={sorting}
          onSortingChange={(next: SortEntry[]) => setParam('sort', sortingToParam(next))}
          search={search}
          onSearchChange={(next) => setParam('q', next)}
          onRowOpen={(lead) =>
            navigate({
              pathname: `/octanist/${encodeURIComponent(lead.id)}`,
              search: location.search,
            })
          }
        />
      </div>
      <Outlet />
    </div>
  )
}
