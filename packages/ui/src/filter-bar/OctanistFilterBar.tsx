import { OCTANIST_CLICK_ID_FIELDS, OCTANIST_LEAD_SOURCES } from '@aura-kit/client'
import { FilterBar, type FilterControl, type FilterValues } from './FilterBar.tsx'
import { dropEmpty } from './LeadFilterBar.tsx'
import { OCTANIST_FILTER_FIELDS, type OctanistTableFilters } from './octanistFilters.ts'

const OCTANIST_STATUS_OPTIONS = [
  { value: 'open', label: 'Open' },
  { value: 'qualified', label: 'Qualified' },
  { value: 'won', label: 'Won' },
  { value: 'lost', label: 'Lost' },
]

const CONTROLS: FilterControl[] = [
  { kind: 'select', name: 'status', label: 'Status', options: OCTANIST_STATUS_OPTIONS },
  {
    kind: 'select',
    name: 'source',
    label: 'Source',
    options: OCTANIST_LEAD_SOURCES.map((value) => ({ value, label: value })),
  },
  { kind: 'text', inputType: 'date', name: 'createdFrom', label: 'Created from' },
  { kind: 'text', inputType: 'date', name: 'createdTo', label: 'Created to' },
  { kind: 'text', inputType: 'number', name: 'valueMin', label: 'Min value' },
  { kind: 'text', inputType: 'number', name: 'valueMax', label: 'Max value' },
  {
    kind: 'select',
    name: 'clickId',
    label: 'Has click id',
    options: OCTANIST_CLICK_ID_FIELDS.map((value) => ({ value, label: value })),
  },
]

/** Status, source, created range, value range and "has click id" for the Octanist table. */
export function OctanistFilterBar({
  value,
  onChange,
  label = 'Octanist lead filters',
}: {
  value: OctanistTableFilters
  onChange: (filters: OctanistTableFilters) => void
  label?: string | undefined
}) {
  const values: FilterValues = Object.fromEntries(
    Object.keys(OCTANIST_FILTER_FIELDS).map((name) => [
      name,
      value[name as keyof OctanistTableFilters] ?? '',
    ]),
  )
  return (
    <FilterBar
      label={label}
      controls={CONTROLS}
      values={values}
      onChange={(next) => onChange(dropEmpty(next) as OctanistTableFilters)}
    />
  )
}
