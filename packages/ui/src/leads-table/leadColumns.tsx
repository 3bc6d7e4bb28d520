import type { Lead } from '@aura-kit/client'
import { createColumnHelper } from '@tanstack/react-table'
import { SafeLink, StatusBadge } from '../data-table/cells.tsx'
import type { DataTableColumn, DataTableFeatures } from '../data-table/dataTableFeatures.ts'
import { createSelectColumn } from '../data-table/selectColumn.tsx'
import { en } from '../messages/en/index.ts'
import type { CsvColumn } from '../utils/csv.ts'
import { EMPTY_VALUE, type Formatters, textOf } from '../utils/formatters.ts'
import { mailtoHref, safeHref, telHref } from '../utils/safeHref.ts'

/** English labels; components read the kit's `messages.statuses.lead`. */
export const LEAD_STATUS_LABELS: Record<string, string> = en.statuses.lead

const helper = createColumnHelper<DataTableFeatures, Lead>()
const str = (value: unknown) => (typeof value === 'string' ? value : undefined)

function LeadSourceCell({ lead }: { lead: Lead }) {
  const source = lead.source
  const utm = [str(source?.utm_source), str(source?.utm_medium), str(source?.utm_campaign)]
    .filter(Boolean)
    .join(' / ')
  const referrer = str(source?.referrer)
  if (!utm && !referrer) {
    return <>{EMPTY_VALUE}</>
  }
  return (
    <span className="aura-source">
      {utm || null}
      {referrer ? (
        <>
          {utm ? ' · ' : null}
          <SafeLink href={safeHref(referrer)}>{referrer}</SafeLink>
        </>
      ) : null}
    </span>
  )
}

/** The default lead columns; `format` comes from the table's locale and time zone. */
export function createLeadColumns(format: Formatters): DataTableColumn<Lead>[] {
  return [
    createSelectColumn<Lead>(),
    helper.accessor((lead) => str(lead.full_name), {
      id: 'name',
      header: 'Name',
      sortUndefined: 'last',
      cell: (info) => textOf(info.getValue()),
    }),
    helper.accessor((lead) => str(lead.email), {
      id: 'email',
      header: 'Email',
      sortUndefined: 'last',
      cell: (info) => (
        <SafeLink href={mailtoHref(info.getValue())}>{textOf(info.getValue())}</SafeLink>
      ),
    }),
    helper.accessor((lead) => str(lead.company), {
      id: 'company',
      header: 'Company',
      sortUndefined: 'last',
      cell: (info) => <bdi>{textOf(info.getValue())}</bdi>,
    }),
    helper.accessor((lead) => str(lead.phone), {
      id: 'phone',
      header: 'Phone',
      sortUndefined: 'last',
      cell: (info) => (
        <SafeLink href={telHref(info.getValue())}>{textOf(info.getValue())}</SafeLink>
      ),
    }),
    helper.accessor((lead) => str(lead.status), {
      id: 'status',
      header: 'Status',
      sortUndefined: 'last',
      cell: (info) => <StatusBadge value={info.getValue()} labels={LEAD_STATUS_LABELS} />,
    }),
    helper.accessor((lead) => str(lead.source?.utm_source), {
      id: 'source',
      header: 'Source',
      sortUndefined: 'last',
      cell: (info) => <LeadSourceCell lead={info.row.original} />,
    }),
    helper.accessor((lead) => str(lead.created_at), {
      id: 'created',
      header: 'Created',
      sortUndefined: 'last',
      cell: (info) => format.date(info.getValue()),
    }),
    helper.accessor(
      (lead) => (typeof lead.total_paid_cents === 'number' ? lead.total_paid_cents : undefined),
      {
        id: 'paid',
        header: 'Paid total',
        sortUndefined: 'last',
        cell: (info) => format.money(info.getValue()),
      },
    ),
  ]
}

/** Columns of the lead CSV export: raw values, money in major units. */
export const LEAD_CSV_COLUMNS: CsvColumn<Lead>[] = [
  { header: 'id', value: (lead) => lead.id },
  { header: 'name', value: (lead) => lead.full_name },
  { header: 'email', value: (lead) => lead.email },
  { header: 'company', value: (lead) => lead.company },
  { header: 'phone', value: (lead) => lead.phone },
  { header: 'status', value: (lead) => lead.status },
  { header: 'utm_source', value: (lead) => lead.source?.utm_source },
  { header: 'utm_medium', value: (lead) => lead.source?.utm_medium },
  { header: 'utm_campaign', value: (lead) => lead.source?.utm_campaign },
  { header: 'created_at', value: (lead) => lead.created_at },
  {
    header: 'total_paid',
    value: (lead) =>
      typeof lead.total_paid_cents === 'number' ? (lead.total_paid_cents / 100).toFixed(2) : null,
  },
]
