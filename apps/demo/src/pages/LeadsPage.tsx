import type { Lead } from '@aura-kit/client'
import { LEAD_FILTER_FIELDS, LeadsTable } from '@aura-kit/ui'
import { useState } from 'react'
import { Link, Outlet, useLocation, useNavigate } from 'react-router'
import { useStrings } from '../i18n/LanguageProvider.tsx'
import { richText } from '../i18n/richText.tsx'
import { PageHeader } from '../layout/PageHeader.tsx'
import { useUrlFilters } from '../url/useUrlFilters.ts'
import { NewLeadDialog } from './NewLeadDialog.tsx'

/** `/leads`: every lead, filters in the URL; a row opens `/leads/:leadId` over the table. */
export function LeadsPage() {
  const strings = useStrings()
  const [filters, setFilters] = useUrlFilters(LEAD_FILTER_FIELDS)
  const navigate = useNavigate()
  const { search } = useLocation()
  const [created, setCreated] = useState<Lead | null>(null)
  return (
    <div className="demo-page">
      <PageHeader title={strings.leadsTitle} description={strings.leadsDescription}>
        <div className="demo-page-actions">
          <p className="demo-muted demo-break" role="status">
            {created
              ? richText(
                  strings.leadCreated,
                  <Link to={{ pathname: `/leads/${encodeURIComponent(created.id)}`, search }}>
                    <bdi>{created.full_name || created.email || strings.newLeadFallbackName}</bdi>
                  </Link>,
                )
              : null}
          </p>
          <NewLeadDialog onCreated={setCreated} />
        </div>
      </PageHeader>
      <div className="demo-table">
        <LeadsTable
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
