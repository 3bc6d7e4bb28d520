'use client'
import type { OctanistLead, OctanistSort, OctanistSortField } from '@aura-kit/client'
import { OCTANIST_SORT_FIELDS } from '@aura-kit/client'
import { type OctanistLeadFilters, useOctanistLeads } from '@aura-kit/hooks'
import { createColumnHelper, type SortingState } from '@tanstack/react-table'
import { useId, useMemo, useState } from 'react'
import { AuraRoot } from '../aura-root/AuraRoot.tsx'
import { SafeLink, StatusBadge } from '../data-table/cells.tsx'
import { DataTable } from '../data-table/DataTable.tsx'
import type { DataTableColumn, DataTableFeatures } from '../data-table/dataTableFeatures.ts'
import { infiniteListProps, type KitTableProps } from '../data-table/kitTableProps.ts'
import { createSelectColumn } from '../data-table/selectColumn.tsx'
import { createFormatters, type Formatters, textOf } from '../utils/formatters.ts'
import { mailtoHref, safeHref, telHref } from '../utils/safeHref.ts'
import { useDebouncedValue } from '../utils/useDebouncedValue.ts'

export interface OctanistLeadsTableProps extends Omit<KitTableProps<OctanistLead>, 'onExport'> {
  /** Filters sent with every request (sort and search come from the table). */
  query?: Omit<OctanistLeadFilters, 'sort' | 'search'> | undefined
  defaultSorting?: SortingState | undefined
  /** Wait this long after typing before searching. */
  searchDebounceMs?: number | undefined
}

const helper = createColumnHelper<DataTableFeatures, OctanistLead>()
const str = (value: unknown) => (typeof value === 'string' ? value : undefined)
const OCTANIST_STATUS_LABELS: Record<string, string> = {
  open: 'Open',
  qualified: 'Qualified',
  won: 'Won',
  lost: 'Lost',
}

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
      cell: (info) => textOf(info.getValue()),
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

/** Octanist leads: server-side sort (shift-click for several) and a debounced search. */
export function OctanistLeadsTable(props: OctanistLeadsTableProps) {
  const { locale, timeZone, currency, columns, extraColumns } = props
  const format = useMemo(
    () => createFormatters({ locale, timeZone, currency }),
    [locale, timeZone, currency],
  )
  const tableColumns = useMemo(
    () => columns ?? [...createOctanistLeadColumns(format), ...(extraColumns ?? [])],
    [columns, extraColumns, format],
  )
  const [sorting, setSorting] = useState<SortingState>(props.defaultSorting ?? [])
  const [search, setSearch] = useState('')
  const debouncedSearch = useDebouncedValue(search.trim(), props.searchDebounceMs ?? 300)
  const sort = toOctanistSort(sorting)
  const query = useOctanistLeads({
    ...props.query,
    ...(sort.length > 0 ? { sort } : {}),
    ...(debouncedSearch ? { search: debouncedSearch } : {}),
  })
  const searchId = useId()
  return (
    <AuraRoot appearance={props.appearance} className={props.className}>
      <DataTable
        {...infiniteListProps(query)}
        label={props.label ?? 'Octanist leads'}
        columns={tableColumns}
        getRowId={(lead) => lead.id}
        sortingMode="server"
        sorting={sorting}
        onSortingChange={setSorting}
        onRowOpen={props.onRowOpen}
        onSelectionChange={props.onSelectionChange}
        defaultColumnVisibility={props.defaultColumnVisibility}
        estimateRowHeight={props.estimateRowHeight}
        overscan={props.overscan}
        prefetchRows={props.prefetchRows}
        emptyMessage="No leads match this search"
        onClearFilters={search ? () => setSearch('') : undefined}
        toolbar={
          <div className="aura-field">
            <label className="aura-field-label" htmlFor={searchId}>
              Search
            </label>
            <input
              id={searchId}
              type="search"
              className="aura-input"
              value={search}
              placeholder="Name, email or phone"
              onChange={(event) => setSearch(event.target.value)}
            />
          </div>
        }
      />
    </AuraRoot>
  )
}
