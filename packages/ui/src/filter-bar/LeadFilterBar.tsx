import { LEAD_STATUSES } from '@aura-kit/client'
import type { LeadFilters } from '@aura-kit/hooks'
import { LEAD_STATUS_LABELS } from '../leads-table/leadColumns.tsx'
import { FilterBar, type FilterControl, type FilterValues } from './FilterBar.tsx'

const CONTROLS: FilterControl[] = [
  {
    kind: 'select',
    name: 'status',
    label: 'Status',
    options: LEAD_STATUSES.map((value) => ({ value, label: LEAD_STATUS_LABELS[value] ?? value })),
  },
  { kind: 'text', name: 'source', label: 'Source', placeholder: 'utm_source' },
  { kind: 'text', name: 'assignedToId', label: 'Assignee', placeholder: 'user_…' },
]

const orUndefined = (value: string | undefined) => (value ? value : undefined)

export function LeadFilterBar({
  value,
  onChange,
  label = 'Lead filters',
}: {
  value: LeadFilters
  onChange: (filters: LeadFilters) => void
  /** Accessible name of the form; unique per page (axe landmark-unique) when tables share one. */
  label?: string | undefined
}) {
  const values: FilterValues = {
    status: value.status ?? '',
    source: value.source ?? '',
    assignedToId: value.assignedToId ?? '',
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
            source: orUndefined(next.source),
            assignedToId: orUndefined(next.assignedToId),
          }),
        )
      }
    />
  )
}

/** Removes undefined, null and '' so filter objects (and query keys) stay canonical. */
export function dropEmpty<T extends object>(filters: T): T {
  return Object.fromEntries(
    Object.entries(filters).filter(
      ([, value]) => value !== undefined && value !== null && value !== '',
    ),
  ) as T
}
