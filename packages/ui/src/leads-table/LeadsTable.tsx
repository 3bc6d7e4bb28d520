'use client'
import type { Lead } from '@aura-kit/client'
import { type LeadFilters, useLeads } from '@aura-kit/hooks'
import {
  type AuraListKind,
  AuraListTable,
  type AuraListTableProps,
} from '../data-table/AuraListTable.tsx'
import { LeadFilterBar } from '../filter-bar/LeadFilterBar.tsx'
import { createLeadColumns, LEAD_CSV_COLUMNS } from './leadColumns.tsx'

export type LeadsTableProps = AuraListTableProps<Lead, LeadFilters>

const LEADS: AuraListKind<Lead, LeadFilters> = {
  label: 'Leads',
  createColumns: createLeadColumns,
  csvColumns: LEAD_CSV_COLUMNS,
  useList: useLeads,
  pages: (client, filters, signal) => client.leads.pages(filters, { signal }),
  FilterBar: LeadFilterBar,
}

/** Aura leads: virtualized, infinite, filterable, exportable. */
export function LeadsTable(props: LeadsTableProps) {
  return <AuraListTable kind={LEADS} {...props} />
}
