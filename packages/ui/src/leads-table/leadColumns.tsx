import type { Lead } from '@aura-kit/client'
import { createColumnHelper } from '@tanstack/react-table'
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
import { EMPTY_VALUE, type Formatters, textOf } from '../utils/formatters.ts'
import { mailtoHref, safeHref, telHref } from '../utils/safeHref.ts'

/** English labels; components read the kit's `messages.statuses.lead`. */
export const LEAD_STATUS_LABELS: Record<string, string> = statusesEn.lead

const helper = createColumnHelper<DataTableFeatures, Lead>()

function LeadSourceCell({ lead }: { lead: Lead }) {
  const source = lead.source
  const utm = [
    stringValue(source?.utm_source),
    stringValue(source?.utm_medium),
    stringValue(source?.utm_campaign),
  ]
    .filter(Boolean)
    .join(' / ')
  const referrer = stringValue(source?.referrer)
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

/**
 * The default lead columns. Headers, statuses, dates and money follow the kit in force where the
 * table renders (its locale, time zone, currency and messages); pass `format` or `messages` to pin
 * them instead.
 */
export function createLeadColumns(
  format?: Formatters,
  messages?: AuraMessages,
): DataTableColumn<Lead>[] {
  const pinned: ColumnKit = { format, messages }
  const header = columnHeaders('lead', pinned)
  return [
    createSelectColumn<Lead>(),
    helper.accessor((lead) => stringValue(lead.full_name), {
      id: 'name',
      header: header('name'),
      sortUndefined: 'last',
      cell: (info) => textOf(info.getValue()),
    }),
    helper.accessor((lead) => stringValue(lead.email), {
      id: 'email',
      header: header('email'),
      sortUndefined: 'last',
      cell: (info) => (
        <SafeLink href={mailtoHref(info.getValue())}>{textOf(info.getValue())}</SafeLink>
      ),
    }),
    helper.accessor((lead) => stringValue(lead.company), {
      id: 'company',
      header: header('company'),
      sortUndefined: 'last',
      cell: (info) => <bdi>{textOf(info.getValue())}</bdi>,
    }),
    helper.accessor((lead) => stringValue(lead.phone), {
      id: 'phone',
      header: header('phone'),
      sortUndefined: 'last',
      cell: (info) => (
        <SafeLink href={telHref(info.getValue())}>{textOf(info.getValue())}</SafeLink>
      ),
    }),
    helper.accessor((lead) => stringValue(lead.status), {
      id: 'status',
      header: header('status'),
      sortUndefined: 'last',
      cell: (info) => <StatusBadge value={info.getValue()} kind="lead" pinned={pinned} />,
    }),
    helper.accessor((lead) => stringValue(lead.source?.utm_source), {
      id: 'source',
      header: header('source'),
      sortUndefined: 'last',
      cell: (info) => <LeadSourceCell lead={info.row.original} />,
    }),
    helper.accessor((lead) => stringValue(lead.created_at), {
      id: 'created',
      header: header('created'),
      sortUndefined: 'last',
      cell: (info) => <Formatted value={info.getValue()} as="date" pinned={pinned} />,
    }),
    helper.accessor(
      (lead) => (typeof lead.total_paid_cents === 'number' ? lead.total_paid_cents : undefined),
      {
        id: 'paid',
        header: header('paid'),
        sortUndefined: 'last',
        cell: (info) => <Formatted value={info.getValue()} as="money" pinned={pinned} />,
      },
    ),
  ]
}

/** The default columns built once: they read the kit where they render. */
export const LEAD_COLUMNS: DataTableColumn<Lead>[] = createLeadColumns()

/** Columns of the lead CSV export, headed in `headers` (the kit's `messages.columns.leadCsv`). */
export function createLeadCsvColumns(
  headers: AuraMessages['columns']['leadCsv'] = columnsEn.leadCsv,
): CsvColumn<Lead>[] {
  return [
    { header: headers.id, value: (lead) => lead.id },
    { header: headers.name, value: (lead) => lead.full_name },
    { header: headers.email, value: (lead) => lead.email },
    { header: headers.company, value: (lead) => lead.company },
    { header: headers.phone, value: (lead) => lead.phone },
    { header: headers.status, value: (lead) => lead.status },
    { header: headers.utmSource, value: (lead) => lead.source?.utm_source },
    { header: headers.utmMedium, value: (lead) => lead.source?.utm_medium },
    { header: headers.utmCampaign, value: (lead) => lead.source?.utm_campaign },
    { header: headers.createdAt, value: (lead) => lead.created_at },
    {
      header: headers.totalPaid,
      value: (lead) =>
        typeof lead.total_paid_cents === 'number' ? (lead.total_paid_cents / 100).toFixed(2) : null,
    },
  ]
}

/** Columns of the lead CSV export in English: raw values, money in major units. */
export const LEAD_CSV_COLUMNS: CsvColumn<Lead>[] = createLeadCsvColumns()
