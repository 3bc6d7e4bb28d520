import type { Call } from '@aura-kit/client'
import { createColumnHelper } from '@tanstack/react-table'
import {
  type ColumnKit,
  columnHeaders,
  Flag,
  Formatted,
  StatusBadge,
  stringValue,
  UserCell,
} from '../data-table/cells.tsx'
import type { DataTableColumn, DataTableFeatures } from '../data-table/dataTableFeatures.ts'
import { createSelectColumn } from '../data-table/selectColumn.tsx'
import { columns as columnsEn } from '../messages/en/columns.ts'
import { statuses as statusesEn } from '../messages/en/statuses.ts'
import type { AuraMessages } from '../messages/types.ts'
import type { CsvColumn } from '../utils/csv.ts'
import { type Formatters, textOf } from '../utils/formatters.ts'

/** English labels; components read the kit's `messages.statuses.call`. */
export const CALL_STATUS_LABELS: Record<string, string> = statusesEn.call

const helper = createColumnHelper<DataTableFeatures, Call>()
const num = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined

/**
 * The default call columns (the setter's starts hidden: `CALL_DEFAULT_COLUMN_VISIBILITY`). Closer
 * and setter show people's names through the kit's `resolveUser`; headers, statuses, dates and
 * money follow the kit where the table renders, unless `format` or `messages` pin them.
 */
export function createCallColumns(
  format?: Formatters,
  messages?: AuraMessages,
): DataTableColumn<Call>[] {
  const pinned: ColumnKit = { format, messages }
  const header = columnHeaders('call', pinned)
  return [
    createSelectColumn<Call>(),
    helper.accessor((call) => stringValue(call.scheduled_at), {
      id: 'scheduled',
      header: header('scheduled'),
      sortUndefined: 'last',
      cell: (info) => <Formatted value={info.getValue()} as="dateTime" pinned={pinned} />,
    }),
    helper.accessor((call) => stringValue(call.status), {
      id: 'status',
      header: header('status'),
      sortUndefined: 'last',
      cell: (info) => <StatusBadge value={info.getValue()} kind="call" pinned={pinned} />,
    }),
    helper.accessor((call) => stringValue(call.lead_id), {
      id: 'lead',
      header: header('lead'),
      sortUndefined: 'last',
      cell: (info) => <span className="aura-mono">{textOf(info.getValue())}</span>,
    }),
    helper.accessor((call) => stringValue(call.closer_id), {
      id: 'closer',
      header: header('closer'),
      sortUndefined: 'last',
      cell: (info) => <UserCell userId={info.getValue()} />,
    }),
    helper.accessor((call) => stringValue(call.setter_id), {
      id: 'setter',
      header: header('setter'),
      sortUndefined: 'last',
      cell: (info) => <UserCell userId={info.getValue()} />,
    }),
    helper.accessor((call) => num(call.duration_minutes), {
      id: 'duration',
      header: header('duration'),
      sortUndefined: 'last',
      cell: (info) => <Formatted value={info.getValue()} as="minutes" pinned={pinned} />,
    }),
    helper.accessor((call) => num(call.expected_deal_value), {
      id: 'dealValue',
      header: header('dealValue'),
      sortUndefined: 'last',
      cell: (info) => <Formatted value={info.getValue()} as="money" pinned={pinned} />,
    }),
    helper.accessor((call) => call.has_recording === true, {
      id: 'recording',
      header: header('recording'),
      cell: (info) => (
        <Flag value={info.getValue()} label={(all) => all.columns.hasRecording} pinned={pinned} />
      ),
    }),
    helper.accessor((call) => call.has_analysis === true, {
      id: 'analysis',
      header: header('analysis'),
      cell: (info) => (
        <Flag value={info.getValue()} label={(all) => all.columns.hasAnalysis} pinned={pinned} />
      ),
    }),
  ]
}

/** The default columns built once: they read the kit where they render. */
export const CALL_COLUMNS: DataTableColumn<Call>[] = createCallColumns()

/** Columns the calls table hides at first (the column menu shows them). */
export const CALL_DEFAULT_COLUMN_VISIBILITY: Readonly<Record<string, boolean>> = { setter: false }

/** Columns of the call CSV export, headed in `headers` (the kit's `messages.columns.callCsv`). */
export function createCallCsvColumns(
  headers: AuraMessages['columns']['callCsv'] = columnsEn.callCsv,
): CsvColumn<Call>[] {
  return [
    { header: headers.id, value: (call) => call.id },
    { header: headers.scheduledAt, value: (call) => call.scheduled_at },
    { header: headers.status, value: (call) => call.status },
    { header: headers.leadId, value: (call) => call.lead_id },
    { header: headers.closerId, value: (call) => call.closer_id },
    { header: headers.setterId, value: (call) => call.setter_id },
    { header: headers.bookingLinkId, value: (call) => call.booking_link_id },
    { header: headers.durationMinutes, value: (call) => call.duration_minutes },
    {
      header: headers.expectedDealValue,
      value: (call) =>
        typeof call.expected_deal_value === 'number'
          ? (call.expected_deal_value / 100).toFixed(2)
          : null,
    },
    { header: headers.hasRecording, value: (call) => call.has_recording },
    { header: headers.hasAnalysis, value: (call) => call.has_analysis },
  ]
}

/** Columns of the call CSV export in English: raw values, money in major units. */
export const CALL_CSV_COLUMNS: CsvColumn<Call>[] = createCallCsvColumns()
