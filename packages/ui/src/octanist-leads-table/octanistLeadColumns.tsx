import type { OctanistLead, OctanistSort, OctanistSortField } from '@aura-kit/client'
import { OCTANIST_SORT_FIELDS } from '@aura-kit/client'
import { createColumnHelper, type SortingState } from '@tanstack/react-table'
import {
  type ColumnKit,
  columnHeaders,
  Formatted,
  SafeLink,
  StatusBadge,
  stringValue,
} from '../data-table/cells.tsx'
import type { DataTableColumn, DataTableFeatures } from '../data-table/dataTableFeatures.ts'
import { createSelectColumn } from '../data-table/selectColumn.tsx'
import { columns as columnsEn } from '../messages/en/columns.ts'
import { statuses as statusesEn } from '../messages/en/statuses.ts'
import type { AuraMessages } from '../messages/types.ts'
import type { CsvColumn } from '../utils/csv.ts'
import { type Formatters, textOf } from '../utils/formatters.ts'
import { mailtoHref, safeHref, telHref } from '../utils/safeHref.ts'

const helper = createColumnHelper<DataTableFeatures, OctanistLead>()
/** English labels; components read the kit's `messages.statuses.octanist`. */
export const OCTANIST_STATUS_LABELS: Record<string, string> = statusesEn.octanist

/**
 * Octanist's columns; ids equal to a sort field sort on the server. Headers, statuses, numbers
 * and dates follow the kit where the table renders, unless `format` or `messages` pin them.
 */
export function createOctanistLeadColumns(
  format?: Formatters,
  messages?: AuraMessages,
): DataTableColumn<OctanistLead>[] {
  const pinned: ColumnKit = { format, messages }
  const header = columnHeaders('octanist', pinned)
  return [
    createSelectColumn<OctanistLead>(),
    helper.accessor((lead) => stringValue(lead.name), {
      id: 'name',
      header: header('name'),
      cell: (info) => textOf(info.getValue()),
    }),
    helper.accessor((lead) => stringValue(lead.email), {
      id: 'email',
      header: header('email'),
      cell: (info) => (
        <SafeLink href={mailtoHref(info.getValue())}>{textOf(info.getValue())}</SafeLink>
      ),
    }),
    helper.accessor((lead) => stringValue(lead.phone), {
      id: 'phone',
      header: header('phone'),
      enableSorting: false,
      cell: (info) => (
        <SafeLink href={telHref(info.getValue())}>{textOf(info.getValue())}</SafeLink>
      ),
    }),
    helper.accessor((lead) => stringValue(lead.status), {
      id: 'status',
      header: header('status'),
      cell: (info) => <StatusBadge value={info.getValue()} kind="octanist" pinned={pinned} />,
    }),
    helper.accessor((lead) => stringValue(lead.website), {
      id: 'website',
      header: header('website'),
      enableSorting: false,
      cell: (info) => (
        <SafeLink href={safeHref(info.getValue())}>{textOf(info.getValue())}</SafeLink>
      ),
    }),
    helper.accessor((lead) => lead.value, {
      id: 'value',
      header: header('value'),
      cell: (info) => <Formatted value={info.getValue()} as="number" pinned={pinned} />,
    }),
    helper.accessor((lead) => stringValue(lead.createdAt), {
      id: 'createdAt',
      header: header('createdAt'),
      cell: (info) => <Formatted value={info.getValue()} as="date" pinned={pinned} />,
    }),
  ]
}

/** The default columns built once: they read the kit where they render. */
export const OCTANIST_LEAD_COLUMNS: DataTableColumn<OctanistLead>[] = createOctanistLeadColumns()

const isSortField = (id: string): id is OctanistSortField =>
  (OCTANIST_SORT_FIELDS as readonly string[]).includes(id)

/** TanStack sorting state → Octanist's `sort` (unknown column ids are dropped). */
export function toOctanistSort(sorting: SortingState): OctanistSort[] {
  return sorting.flatMap((entry) =>
    isSortField(entry.id) ? [{ field: entry.id, direction: entry.desc ? 'desc' : 'asc' }] : [],
  )
}

/** Columns of the Octanist CSV export, headed in `headers` (`messages.columns.octanistCsv`). */
export function createOctanistCsvColumns(
  headers: AuraMessages['columns']['octanistCsv'] = columnsEn.octanistCsv,
): CsvColumn<OctanistLead>[] {
  return [
    { header: headers.id, value: (lead) => lead.id },
    { header: headers.name, value: (lead) => lead.name },
    { header: headers.email, value: (lead) => lead.email },
    { header: headers.phone, value: (lead) => lead.phone },
    { header: headers.status, value: (lead) => lead.status },
    { header: headers.source, value: (lead) => lead.source },
    { header: headers.value, value: (lead) => lead.value },
    { header: headers.website, value: (lead) => lead.website },
    { header: headers.utmSource, value: (lead) => lead.utm_source },
    { header: headers.utmCampaign, value: (lead) => lead.utm_campaign },
    { header: headers.createdAt, value: (lead) => lead.createdAt },
  ]
}

/** Columns of the Octanist CSV export in English. */
export const OCTANIST_CSV_COLUMNS: CsvColumn<OctanistLead>[] = createOctanistCsvColumns()
