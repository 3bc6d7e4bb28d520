import { CALL_STATUSES } from '@aura-kit/client'
import type { CallFilters } from '@aura-kit/hooks'
import { CALL_STATUS_LABELS } from '../calls-table/callColumns.tsx'
import { FilterBar, type FilterControl, type FilterValues } from './FilterBar.tsx'
import { dropEmpty } from './LeadFilterBar.tsx'

const CONTROLS: FilterControl[] = [
  {
    kind: 'select',
    name: 'status',
    label: 'Status',
    options: CALL_STATUSES.map((value) => ({ value, label: CALL_STATUS_LABELS[value] ?? value })),
  },
  {
    kind: 'select',
    name: 'when',
    label: 'When',
    options: [
      { value: 'upcoming', label: 'Upcoming' },
      { value: 'past', label: 'Past' },
    ],
  },
  { kind: 'text', name: 'leadId', label: 'Lead id', placeholder: 'UUID' },
  { kind: 'text', name: 'closerId', label: 'Closer', placeholder: 'user_…' },
  { kind: 'text', name: 'setterId', label: 'Setter', placeholder: 'user_…' },
  { kind: 'text', name: 'bookingLinkId', label: 'Booking link', placeholder: 'UUID' },
]

const orUndefined = (value: string | undefined) => (value ? value : undefined)

export function CallFilterBar({
  value,
  onChange,
  label = 'Call filters',
}: {
  value: CallFilters
  onChange: (filters: CallFilters) => void
  /** Accessible name of the form; unique per page (axe landmark-unique) when tables share one. */
  label?: string | undefined
}) {
  const values: FilterValues = {
    status: value.status ?? '',
    when: value.isUpcoming === true ? 'upcoming' : value.isUpcoming === false ? 'past' : '',
    leadId: value.leadId ?? '',
    closerId: value.closerId ?? '',
    setterId: value.setterId ?? '',
    bookingLinkId: value.bookingLinkId ?? '',
  }
  return (
    <FilterBar
      label={label}
      controls={CONTROLS}
      values={values}
      onChange={(next) =>
        onChange(
          dropEmpty({
            ...value,
            status: orUndefined(next.status),
            isUpcoming: next.when === 'upcoming' ? true : next.when === 'past' ? false : undefined,
            leadId: orUndefined(next.leadId),
            closerId: orUndefined(next.closerId),
            setterId: orUndefined(next.setterId),
            bookingLinkId: orUndefined(next.bookingLinkId),
          }),
        )
      }
    />
  )
}
