import type { OctanistLead, OctanistSort, OctanistSortField } from '@aura-kit/client'
import { OCTANIST_SORT_FIELDS } from '@aura-kit/client'
import { createColumnHelper, type SortingState } from '@tanstack/react-table'
import { SafeLink, StatusBadge } from '../data-table/cells.tsx'
import type { DataTableColumn, DataTableFeatures } from '../data-table/dataTableFeatures.ts'
import { createSelectColumn } from '../data-table/selectColumn.tsx'
import { en } from '../messages/en/index.ts'
import type { CsvColumn } from '../utils/csv.ts'
import { type Formatters, textOf } from '../utils/formatters.ts'
import { mailtoHref, safeHref, telHref } from '../utils/safeHref.ts'

const helper = createColumnHelper<DataTableFeatures, OctanistLead>()
const str = (value: unknown) => (typeof value === 'string' ? value : undefined)
/** English labels; components read the kit's `messages.statuses.octanist`. */
export const OCTANIST_STATUS_LABELS: Record<string, string> = en.statuses.octanist

/** Octanist's columns; ids equal to a sort field sort on the server. */
export function createOctanistLeadColumns(format: Formatters): DataTableColumn<OctanistLead>[] {
  return [
    createSelectColumn<OctanistLead>(),
    helper.accessor((lead) => str(lead.name), {
      id: 'name',
      header: 'Name',
      cell: (info) => textOf(info.getValue()),
    }),
    helper.accessor((lead) => str(lead.email), {
      id: 'email',
      header: 'Email',
      cell: (info) => (
        <SafeLink href={mailtoHref(info.getValue())}>{textOf(info.getValue())}</SafeLink>
      ),
    }),
    helper.accessor((lead) => str(lead.phone), {
      id: 'phone',
      header: 'Phone',
      enableSorting: false,
      cell: (info) => (
        <SafeLink href={telHref(info.getValue())}>{textOf(info.getValue())}</SafeLink>
      ),
    }),
    helper.accessor((lead) => str(lead.status), {
      id: 'status',
      header: 'Status',
      cell: (info) => <StatusBadge value={info.getValue()} labels={OCTANIST_STATUS_LABELS} />,
    }),
    helper.accessor((lead) => str(lead.website), {
      id: 'website',
      header: 'Website',
      enableSorting: false,
      cell: (info) => (
        <SafeLink href={safeHref(info.getValue())}>{textOf(info.getValue())}</SafeLink>
      ),
    }),
    helper.accessor((lead) => lead.value, {
      id: 'value',
      header: 'Value',
      cell: (info) => format.number(info.getValue()),
    }),
    helper.accessor((lead) => str(lead.createdAt), {
      id: 'createdAt',
      header: 'Created',
      cell: (info) => format.date(info.getValue()),
    }),
  ]
}

const isSortField = (id: string): id is OctanistSortField =>
  (OCTANIST_SORT_FIELDS as readonly string[]).includes(id)

/** TanStack sorting state → Octanist's `sort` (unknown column ids are dropped). */
export function toOctanistSort(sorting: SortingState): OctanistSort[] {
  return sorting.flatMap((entry) =>
    isSortField(entry.id) ? [{ field: entry.id, direction: entry.desc ? 'desc' : 'asc' }] : [],
  )
}

export const OCTANIST_CSV_COLUMNS: CsvColumn<OctanistLead>[] = [
  { header: 'id', value: (lead) => lead.id },
  { header: 'name', value: (lead) => lead.name },
  { header: 'email', value: (lead) => lead.email },
  { header: 'phone', value: (lead) => lead.phone },
  { header: 'status', value: (lead) => lead.status },
  { header: 'source', value: (lead) => lead.source },
  { header: 'value', value: (lead) => lead.value },
  { header: 'website', value: (lead) => lead.website },
  { header: 'utm_source', value: (lead) => lead.utm_source },
  { header: 'utm_campaign', value: (lead) => lead.utm_campaign },
  { header: 'createdAt', value: (lead) => lead.createdAt },
]
