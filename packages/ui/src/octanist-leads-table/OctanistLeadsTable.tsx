'use client'
import type { OctanistLead } from '@aura-kit/client'
import { type OctanistLeadFilters, useAuraKit, useOctanistLeads } from '@aura-kit/hooks'
import type { SortingState } from '@tanstack/react-table'
import { useId, useMemo } from 'react'
import { AuraRoot } from '../aura-root/AuraRoot.tsx'
import { DataTable } from '../data-table/DataTable.tsx'
import { infiniteListProps, type KitTableProps, rowsOfPages } from '../data-table/kitTableProps.ts'
import { ExportButton } from '../export-button/ExportButton.tsx'
import { OctanistFilterBar } from '../filter-bar/OctanistFilterBar.tsx'
import { type OctanistTableFilters, toOctanistQuery } from '../filter-bar/octanistFilters.ts'
import { createFormatters } from '../utils/formatters.ts'
import { useControllableState } from '../utils/useControllableState.ts'
import { useDebouncedValue } from '../utils/useDebouncedValue.ts'
import {
  createOctanistLeadColumns,
  OCTANIST_CSV_COLUMNS,
  toOctanistSort,
} from './octanistLeadColumns.tsx'

export interface OctanistLeadsTableProps extends KitTableProps<OctanistLead> {
  /** Fixed filters sent with every request, under the table's own (sort, search, filter bar). */
  query?: Omit<OctanistLeadFilters, 'sort' | 'search'> | undefined
  /** The filter bar's values (controlled); see `OCTANIST_FILTER_FIELDS` for the URL. */
  filters?: OctanistTableFilters | undefined
  defaultFilters?: OctanistTableFilters | undefined
  onFiltersChange?: ((filters: OctanistTableFilters) => void) | undefined
  /** Server sort by header (shift-click adds a key); controlled or uncontrolled. */
  sorting?: SortingState | undefined
  defaultSorting?: SortingState | undefined
  onSortingChange?: ((sorting: SortingState) => void) | undefined
  /** The search box's text; controlled or uncontrolled. */
  search?: string | undefined
  defaultSearch?: string | undefined
  onSearchChange?: ((search: string) => void) | undefined
  /** Wait this long after typing before searching. */
  searchDebounceMs?: number | undefined
}

/** Octanist leads: server-side sort, a debounced search, range filters and CSV export. */
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
  const [filters, setFilters] = useControllableState<OctanistTableFilters>({
    prop: props.filters,
    defaultProp: props.defaultFilters ?? {},
    onChange: props.onFiltersChange,
    name: 'filters',
  })
  const [sorting, setSorting] = useControllableState<SortingState>({
    prop: props.sorting,
    defaultProp: props.defaultSorting ?? [],
    onChange: props.onSortingChange,
    name: 'sorting',
  })
  const [search, setSearch] = useControllableState<string>({
    prop: props.search,
    defaultProp: props.defaultSearch ?? '',
    onChange: props.onSearchChange,
    name: 'search',
  })
  const debouncedSearch = useDebouncedValue(search.trim(), props.searchDebounceMs ?? 300)
  const sort = toOctanistSort(sorting)
  const query: OctanistLeadFilters = {
    ...props.query,
    ...toOctanistQuery(filters),
    ...(sort.length > 0 ? { sort } : {}),
    ...(debouncedSearch ? { search: debouncedSearch } : {}),
  }
  const result = useOctanistLeads(query)
  const { octanistClient } = useAuraKit()
  const searchId = useId()
  const hasFilters = search !== '' || Object.keys(filters).length > 0
  return (
    <AuraRoot appearance={props.appearance} className={props.className}>
      <DataTable
        {...infiniteListProps(result)}
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
        initialHeight={props.initialHeight}
        overscan={props.overscan}
        prefetchRows={props.prefetchRows}
        emptyMessage="No leads match this search"
        onClearFilters={
          hasFilters
            ? () => {
                setSearch('')
                setFilters({})
              }
            : undefined
        }
        toolbar={
          <>
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
            <OctanistFilterBar
              value={filters}
              onChange={setFilters}
              label={props.label ? `${props.label} filters` : undefined}
            />
            {octanistClient ? (
              <ExportButton
                getPages={(signal) =>
                  rowsOfPages(octanistClient.leads.pages({ ...query, limit: 100 }, { signal }))
                }
                columns={OCTANIST_CSV_COLUMNS}
                filename="octanist-leads.csv"
                onExport={props.onExport}
              />
            ) : null}
          </>
        }
      />
    </AuraRoot>
  )
}
