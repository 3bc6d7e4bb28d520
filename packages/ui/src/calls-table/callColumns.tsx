import type { Call } from '@aura-kit/client'
import { createColumnHelper } from '@tanstack/react-table'
import { Flag, StatusBadge } from '../data-table/cells.tsx'
import type { DataTableColumn, DataTableFeatures } from '../data-table/dataTableFeatures.ts'
import { createSelectColumn } from '../data-table/selectColumn.tsx'
import { en } from '../messages/en/index.ts'
import type { CsvColumn } from '../utils/csv.ts'
import { type Formatters, textOf } from '../utils/formatters.ts'

/** English labels; components read the kit's `messages.statuses.call`. */
export const CALL_STATUS_LABELS: Record<string, string> = en.statuses.call

const helper = createColumnHelper<DataTableFeatures, Call>()
const str = (value: unknown) => (typeof value === 'string' ? value : undefined)
const num = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined

/** The default call columns; `format` comes from the table's locale and time zone. */
export function createCallColumns(format: Formatters): DataTableColumn<Call>[] {
  return [
    createSelectColumn<Call>(),
    helper.accessor((call) => str(call.scheduled_at), {
      id: 'scheduled',
      header: 'Scheduled',
      sortUndefined: 'last',
      cell: (info) => format.dateTime(info.getValue()),
    }),
    helper.accessor((call) => str(call.status), {
      id: 'status',
      header: 'Status',
      sortUndefined: 'last',
      cell: (info) => <StatusBadge value={info.getValue()} labels={CALL_STATUS_LABELS} />,
    }),
    helper.accessor((call) => str(call.lead_id), {
      id: 'lead',
      header: 'Lead',
      sortUndefined: 'last',
      cell: (info) => <span className="aura-mono">{textOf(info.getValue())}</span>,
    }),
    helper.accessor((call) => str(call.closer_id), {
      id: 'closer',
      header: 'Closer',
      sortUndefined: 'last',
      cell: (info) => textOf(info.getValue()),
    }),
    helper.accessor((call) => num(call.duration_minutes), {
      id: 'duration',
      header: 'Duration',
      sortUndefined: 'last',
      cell: (info) => format.minutes(info.getValue()),
    }),
    helper.accessor((call) => num(call.expected_deal_value), {
      id: 'dealValue',
      header: 'Deal value',
      sortUndefined: 'last',
      cell: (info) => format.money(info.getValue()),
    }),
    helper.accessor((call) => call.has_recording === true, {
      id: 'recording',
      header: 'Recording',
      cell: (info) => <Flag value={info.getValue()} label="Has recording" />,
    }),
    helper.accessor((call) => call.has_analysis === true, {
      id: 'analysis',
      header: 'Analysis',
      cell: (info) => <Flag value={info.getValue()} label="Has analysis" />,
    }),
  ]
}

/** Columns of the call CSV export: raw values, money in major units. */
export const CALL_CSV_COLUMNS: CsvColumn<Call>[] = [
  { header: 'id', value: (call) => call.id },
  { header: 'scheduled_at', value: (call) => call.scheduled_at },
  { header: 'status', value: (call) => call.status },
  { header: 'lead_id', value: (call) => call.lead_id },
  { header: 'closer_id', value: (call) => call.closer_id },
  { header: 'setter_id', value: (call) => call.setter_id },
  { header: 'booking_link_id', value: (call) => call.booking_link_id },
  { header: 'duration_minutes', value: (call) => call.duration_minutes },
  {
    header: 'expected_deal_value',
    value: (call) =>
      typeof call.expected_deal_value === 'number'
        ? (call.expected_deal_value / 100).toFixed(2)
        : null,
  },
  { header: 'has_recording', value: (call) => call.has_recording },
  { header: 'has_analysis', value: (call) => call.has_analysis },
]
