import type { Lead } from '@aura-kit/client'
import { type DataTableColumn, type DataTableFeatures, LeadsTable } from '@aura-kit/ui'
import { createColumnHelper } from '@tanstack/react-table'
import '@aura-kit/ui/styles.css'
import '../page.css'
import { startPage } from '../startPage.tsx'

const helper = createColumnHelper<DataTableFeatures, Lead>()

// The kit's eight default data columns (its own cells: links, badges) plus these two make the
// shared ten; its select column is hidden as the others have none. Sorting the loaded rows is on,
// as it is in MUI and AG Grid by default (the 1M run's sort check clicks it).
const extraColumns: DataTableColumn<Lead>[] = [
  helper.accessor((lead) => lead.payment_count ?? undefined, {
    id: 'payments',
    header: 'Payments',
    cell: (info) => String(info.getValue() ?? '—'),
  }),
  helper.accessor((lead) => lead.timezone ?? undefined, {
    id: 'timezone',
    header: 'Time zone',
    cell: (info) => info.getValue() ?? '—',
  }),
]

startPage('ours', (leads) => (
  <LeadsTable
    data={leads}
    extraColumns={extraColumns}
    defaultColumnVisibility={{ select: false }}
    sortLoadedRows
    locale="en-US"
    timeZone="UTC"
    currency="EUR"
  />
))
