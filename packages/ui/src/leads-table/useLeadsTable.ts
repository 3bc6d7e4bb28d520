'use client'
import type { Lead } from '@aura-kit/client'
import { type LeadFilters, useLeads } from '@aura-kit/hooks'
import {
  type AuraListKind,
  type AuraListTableProps,
  useAuraListTable,
} from '../data-table/useAuraListTable.ts'
import type { DataTableModel } from '../data-table/useDataTable.ts'
import { LEAD_FILTER_SCHEMA } from '../filter-bar/filterSchemas.ts'
import { createLeadCsvColumns, LEAD_COLUMNS } from './leadColumns.tsx'

export type LeadsTableProps = AuraListTableProps<Lead, LeadFilters>

/** The leads table's model: hand it to `<LeadsTable.Root table={…}>`. */
export type LeadsTableModel = DataTableModel<Lead, LeadFilters>

const LEADS: AuraListKind<Lead, LeadFilters> = {
  columns: LEAD_COLUMNS,
  csvColumns: (messages) => createLeadCsvColumns(messages.columns.leadCsv),
  filename: 'leads.csv',
  useList: useLeads,
  pages: (client, filters, signal) => client.leads.pages(filters, { signal }),
  filterSchema: LEAD_FILTER_SCHEMA,
  words: ({ table, filters }) => ({
    grid: table.leadsLabel,
    filters: filters.leadFilters,
    empty: table.leadsEmpty,
    emptyFiltered: table.leadsEmptyFiltered,
  }),
}

/**
 * Everything `LeadsTable` shows, for composing it from parts: rows (plain `data`, or pages
 * through `<AuraKitProvider>`), their query state, columns, filters and their setter, the export
 * source and labels, and the TanStack table (`instance`) for selection, sorting and visibility.
 */
export function useLeadsTable(props: LeadsTableProps = {}): LeadsTableModel {
  return useAuraListTable(props, LEADS)
}
