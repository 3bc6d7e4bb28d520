'use client'
import type { OctanistLead } from '@aura-kit/client'
import { type OctanistLeadFilters, useAuraKit, useOctanistLeads } from '@aura-kit/hooks'
import type { SortingState } from '@tanstack/react-table'
import {
  infiniteListOptions,
  type KitTableProps,
  rowsOfPages,
  sharedTableOptions,
} from '../data-table/kitTableProps.ts'
import { type DataTableModel, useDataTable } from '../data-table/useDataTable.ts'
import { useTableColumns } from '../data-table/useTableColumns.ts'
import { OCTANIST_FILTER_SCHEMA } from '../filter-bar/filterSchemas.ts'
import { type OctanistTableFilters, toOctanistQuery } from '../filter-bar/octanistFilters.ts'
import { useControllableState } from '../utils/useControllableState.ts'
import { useDebouncedValue } from '../utils/useDebouncedValue.ts'
import {
  createOctanistCsvColumns,
  OCTANIST_LEAD_COLUMNS,
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

/** The Octanist table's model: hand it to `<OctanistLeadsTable.Root table={…}>`. */
export type OctanistLeadsTableModel = DataTableModel<OctanistLead, OctanistTableFilters>

const getRowId = (lead: OctanistLead) => lead.id
const EXPORT_PAGE_SIZE = 100

/**
 * Everything `OctanistLeadsTable` shows, for composing it from parts: pages through
 * `<AuraKitProvider>` (its `octanistClient`), server sorting, a debounced search, the filter bar's
 * filters as Octanist operators, an export of every page, labels and the TanStack table.
 */
export function useOctanistLeadsTable(
  props: OctanistLeadsTableProps = {},
): OctanistLeadsTableModel {
  const columns = useTableColumns(OCTANIST_LEAD_COLUMNS, props.columns, props.extraColumns)
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
  const hasFilters = search !== '' || Object.keys(filters).length > 0
  const label = props.label
  return useDataTable<OctanistLead, OctanistTableFilters>({
    ...sharedTableOptions(props),
    ...infiniteListOptions(result),
    columns,
    getRowId,
    sortingMode: 'server',
    sorting,
    onSortingChange: setSorting,
    defaultColumnVisibility: props.defaultColumnVisibility,
    filters: { value: filters, onChange: setFilters, schema: OCTANIST_FILTER_SCHEMA },
    search: { value: search, onChange: setSearch },
    clearFilters: hasFilters
      ? () => {
          setSearch('')
          setFilters({})
        }
      : undefined,
    exportSource: octanistClient
      ? {
          getPages: (signal) =>
            rowsOfPages(
              octanistClient.leads.pages({ ...query, limit: EXPORT_PAGE_SIZE }, { signal }),
            ),
          columns: (messages) => createOctanistCsvColumns(messages.columns.octanistCsv),
          filename: 'octanist-leads.csv',
          onExport: props.onExport,
        }
      : undefined,
    labels: ({ table, filters: words }) => ({
      grid: label ?? table.octanistLeadsLabel,
      filters: label ? words.filtersOf(label) : words.octanistFilters,
      empty: table.octanistEmptyFiltered,
    }),
  })
}
