import type { Call, Lead, OctanistLead } from '@aura-kit/client'
import type { CallFilters, LeadFilters } from '@aura-kit/hooks'
import type { ComponentProps, ComponentRef } from 'react'
import { describe, expectTypeOf, it } from 'vitest'
import type { CallsTable } from '../calls-table/CallsTable.tsx'
import { createCallColumns } from '../calls-table/callColumns.tsx'
import type { useCallsTable } from '../calls-table/useCallsTable.ts'
import type { OctanistTableFilters } from '../filter-bar/octanistFilters.ts'
import type { LeadsTable } from '../leads-table/LeadsTable.tsx'
import { createLeadColumns, createLeadCsvColumns } from '../leads-table/leadColumns.tsx'
import type { useLeadsTable } from '../leads-table/useLeadsTable.ts'
import { de } from '../messages/de/index.ts'
import { en } from '../messages/en/index.ts'
import type { OctanistLeadsTable } from '../octanist-leads-table/OctanistLeadsTable.tsx'
import type { useOctanistLeadsTable } from '../octanist-leads-table/useOctanistLeadsTable.ts'
import { createFormatters } from '../utils/formatters.ts'
import type { DataTableColumn } from './dataTableFeatures.ts'

type Leads = typeof LeadsTable

describe('table hooks', () => {
  it('type each model by its rows and its own filters', () => {
    type LeadsModel = ReturnType<typeof useLeadsTable>
    expectTypeOf<LeadsModel['rows']>().toEqualTypeOf<Lead[]>()
    expectTypeOf<NonNullable<LeadsModel['filters']>['value']>().toEqualTypeOf<LeadFilters>()
    type CallsModel = ReturnType<typeof useCallsTable>
    expectTypeOf<NonNullable<CallsModel['filters']>['value']>().toEqualTypeOf<CallFilters>()
    expectTypeOf<CallsModel['onRowOpen']>().toEqualTypeOf<((row: Call) => void) | undefined>()
    type OctanistModel = ReturnType<typeof useOctanistLeadsTable>
    expectTypeOf<
      NonNullable<OctanistModel['filters']>['value']
    >().toEqualTypeOf<OctanistTableFilters>()
    expectTypeOf<OctanistModel['rows']>().toEqualTypeOf<OctanistLead[]>()
  })

  it("take the ready-made table's props, kit settings included", () => {
    expectTypeOf<Parameters<typeof useLeadsTable>[0]>().toEqualTypeOf<
      ComponentProps<Leads> | undefined
    >()
    expectTypeOf<{ messages: typeof de; users: [{ id: string; name: string }] }>().toExtend<
      ComponentProps<typeof CallsTable>
    >()
    expectTypeOf<{ filters: { status: 'won' } }>().toExtend<ComponentProps<Leads>>()
    expectTypeOf<{ filters: { closerId: string } }>().not.toExtend<ComponentProps<Leads>>()
  })
})

describe('table parts', () => {
  it('forward a ref to the element each renders', () => {
    expectTypeOf<ComponentRef<Leads['Root']>>().toEqualTypeOf<HTMLDivElement>()
    expectTypeOf<ComponentRef<Leads['Toolbar']>>().toEqualTypeOf<HTMLDivElement>()
    expectTypeOf<ComponentRef<Leads['Filters']>>().toEqualTypeOf<HTMLFormElement>()
    expectTypeOf<ComponentRef<Leads['Export']>>().toEqualTypeOf<HTMLDivElement>()
    expectTypeOf<ComponentRef<Leads['SortNote']>>().toEqualTypeOf<HTMLSpanElement>()
    expectTypeOf<ComponentRef<Leads['ColumnMenu']>>().toEqualTypeOf<HTMLButtonElement>()
    expectTypeOf<ComponentRef<Leads['Grid']>>().toEqualTypeOf<HTMLDivElement>()
    expectTypeOf<ComponentRef<Leads['Footer']>>().toEqualTypeOf<HTMLDivElement>()
    expectTypeOf<
      ComponentRef<(typeof OctanistLeadsTable)['Search']>
    >().toEqualTypeOf<HTMLDivElement>()
  })

  it('take asChild where a host brings its own element', () => {
    expectTypeOf<ComponentProps<Leads['Toolbar']>>().toHaveProperty('asChild')
    expectTypeOf<ComponentProps<Leads['Footer']>>().toHaveProperty('asChild')
    expectTypeOf<ComponentProps<Leads['Grid']>>().not.toHaveProperty('asChild')
  })

  it('a Root takes any table model; Search is the Octanist table’s alone', () => {
    expectTypeOf<{ table: ReturnType<typeof useCallsTable> }>().toExtend<
      ComponentProps<Leads['Root']>
    >()
    expectTypeOf<Leads>().not.toHaveProperty('Search')
    expectTypeOf<typeof OctanistLeadsTable>().not.toHaveProperty('SortNote')
  })
})

describe('column factories', () => {
  it('read the kit by default, or take pinned formatters and messages', () => {
    expectTypeOf(createLeadColumns()).toEqualTypeOf<DataTableColumn<Lead>[]>()
    expectTypeOf(createCallColumns(createFormatters(), de)).toEqualTypeOf<DataTableColumn<Call>[]>()
    expectTypeOf(createLeadCsvColumns)
      .parameter(0)
      .toEqualTypeOf<typeof en.columns.leadCsv | undefined>()
  })

  it('the table messages keep their parameters in every catalogue', () => {
    expectTypeOf(de.table.exporting).toEqualTypeOf(en.table.exporting)
    expectTypeOf(de.table.pagingStopped).toHaveProperty('repeated-cursor')
    expectTypeOf(de.filters.filtersOf).parameters.toEqualTypeOf<[table: string]>()
  })
})
