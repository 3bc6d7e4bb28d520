'use client'
import type { Lead } from '@aura-kit/client'
import { type LeadFilters, useAuraKit, useLeads } from '@aura-kit/hooks'
import { useMemo } from 'react'
import { AuraRoot } from '../aura-root/AuraRoot.tsx'
import { DataTable } from '../data-table/DataTable.tsx'
import type { DataTableColumn } from '../data-table/dataTableFeatures.ts'
import {
  infiniteListProps,
  type KitTableProps,
  rowsOfPages,
  singlePage,
  sortingModeOf,
} from '../data-table/kitTableProps.ts'
import { ExportButton } from '../export-button/ExportButton.tsx'
import { LeadFilterBar } from '../filter-bar/LeadFilterBar.tsx'
import { createFormatters } from '../utils/formatters.ts'
import { useControllableState } from '../utils/useControllableState.ts'
import { createLeadColumns, LEAD_CSV_COLUMNS } from './leadColumns.tsx'

export interface LeadsTableProps extends KitTableProps<Lead> {
  /** Rows from your own data layer; without it the table loads through `<AuraKitProvider>`. */
  data?: Lead[] | undefined
  filters?: LeadFilters | undefined
  defaultFilters?: LeadFilters | undefined
  onFiltersChange?: ((filters: LeadFilters) => void) | undefined
  /** Aura has no server sort: this sorts the loaded rows only, and the header says so. */
  sortLoadedRows?: boolean | undefined
  /** Rows per request (1–100). */
  pageSize?: number | undefined
}

const getLeadId = (lead: Lead) => lead.id

function useLeadColumns(props: LeadsTableProps): DataTableColumn<Lead>[] {
  const { locale, timeZone, currency, columns, extraColumns } = props
  const format = useMemo(
    () => createFormatters({ locale, timeZone, currency }),
    [locale, timeZone, currency],
  )
  return useMemo(
    () => columns ?? [...createLeadColumns(format), ...(extraColumns ?? [])],
    [columns, extraColumns, format],
  )
}

/** Aura leads: virtualized, infinite, filterable, exportable. */
export function LeadsTable(props: LeadsTableProps) {
  return props.data ? (
    <PlainLeadsTable {...props} data={props.data} />
  ) : (
    <QueryLeadsTable {...props} />
  )
}

function commonProps(props: LeadsTableProps) {
  return {
    label: props.label ?? 'Leads',
    getRowId: getLeadId,
    sortingMode: sortingModeOf(props.sortLoadedRows),
    onRowOpen: props.onRowOpen,
    onSelectionChange: props.onSelectionChange,
    defaultColumnVisibility: props.defaultColumnVisibility,
    estimateRowHeight: props.estimateRowHeight,
    overscan: props.overscan,
    prefetchRows: props.prefetchRows,
  }
}

function PlainLeadsTable(props: LeadsTableProps & { data: Lead[] }) {
  const columns = useLeadColumns(props)
  const { data } = props
  return (
    <AuraRoot appearance={props.appearance} className={props.className}>
      <DataTable
        {...commonProps(props)}
        rows={data}
        columns={columns}
        status="success"
        emptyMessage="No leads"
        toolbar={
          <ExportButton
            getPages={() => singlePage(data)}
            columns={LEAD_CSV_COLUMNS}
            filename="leads.csv"
            onExport={props.onExport}
          />
        }
      />
    </AuraRoot>
  )
}

function QueryLeadsTable(props: LeadsTableProps) {
  const columns = useLeadColumns(props)
  const { client } = useAuraKit()
  const [filters, setFilters] = useControllableState<LeadFilters>({
    prop: props.filters,
    defaultProp: props.defaultFilters ?? {},
    onChange: props.onFiltersChange,
    name: 'filters',
  })
  const query = useLeads(props.pageSize ? { ...filters, limit: props.pageSize } : filters)
  const hasFilters = Object.keys(filters).length > 0
  return (
    <AuraRoot appearance={props.appearance} className={props.className}>
      <DataTable
        {...commonProps(props)}
        {...infiniteListProps(query)}
        columns={columns}
        emptyMessage="No leads match these filters"
        onClearFilters={hasFilters ? () => setFilters({}) : undefined}
        toolbar={
          <>
            <LeadFilterBar
              value={filters}
              onChange={setFilters}
              // A labelled table names its filter form after itself, so two tables on a page differ.
              label={props.label ? `${props.label} filters` : undefined}
            />
            <ExportButton
              getPages={(signal) =>
                rowsOfPages(client.leads.pages({ ...filters, limit: 100 }, { signal }))
              }
              columns={LEAD_CSV_COLUMNS}
              filename="leads.csv"
              onExport={props.onExport}
            />
          </>
        }
      />
    </AuraRoot>
  )
}
