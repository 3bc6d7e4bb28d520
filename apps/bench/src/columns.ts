import type { Lead } from '@aura-kit/client'

/** Row height every contender is given, in px (ours: `--aura-row-height`, others: a prop). */
export const BENCH_ROW_HEIGHT = 40
/** Column width for the grids that take one: ten of them fit the 1360 px box with its scrollbar. */
export const BENCH_COLUMN_WIDTH = 134

/** The ten columns every contender shows, as plain text getters. */
export interface BenchColumn {
  id: string
  header: string
  value: (lead: Lead) => string
}

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' })
const date = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' })
const text = (value: string | null | undefined) => value ?? '—'

export const BENCH_COLUMNS: readonly BenchColumn[] = [
  { id: 'name', header: 'Name', value: (lead) => text(lead.full_name) },
  { id: 'email', header: 'Email', value: (lead) => text(lead.email) },
  { id: 'company', header: 'Company', value: (lead) => text(lead.company) },
  { id: 'phone', header: 'Phone', value: (lead) => text(lead.phone) },
  { id: 'status', header: 'Status', value: (lead) => text(lead.status) },
  { id: 'source', header: 'Source', value: (lead) => text(lead.source?.utm_source) },
  {
    id: 'created',
    header: 'Created',
    value: (lead) => (lead.created_at ? date.format(new Date(lead.created_at)) : '—'),
  },
  {
    id: 'paid',
    header: 'Paid total',
    value: (lead) =>
      typeof lead.total_paid_cents === 'number' ? money.format(lead.total_paid_cents / 100) : '—',
  },
  { id: 'payments', header: 'Payments', value: (lead) => String(lead.payment_count ?? '—') },
  { id: 'timezone', header: 'Time zone', value: (lead) => text(lead.timezone) },
]
