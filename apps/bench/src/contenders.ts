/** The pages under test, with how the runner finds their rows and scroll container. */
export interface Contender {
  id: string
  label: string
  /** A data row (not the header). */
  rowSelector: string
  /** The element that scrolls the rows vertically. */
  scrollSelector: string
  /** What a user clicks to sort by the first data column (the 1M run's sort check). */
  sortSelector?: string
  /** No table at all: the data and React alone, the floor under every other page. */
  baseline?: boolean
}

export const CONTENDERS: readonly Contender[] = [
  {
    id: 'ours',
    label: 'LeadsTable (ours)',
    rowSelector: '.aura-body-row',
    scrollSelector: '.aura-scroll',
    // packages/ui/src/data-table/DataTableHeader.tsx: a sortable header cell carries aria-sort and
    // holds the sort button; the select column (hidden here) has none.
    sortSelector: '.aura-header-cell[aria-sort] .aura-sort-button',
  },
  {
    id: 'tanstack',
    label: 'TanStack Table, no virtualization',
    rowSelector: '.naive-table tbody tr',
    scrollSelector: '.naive-scroll',
  },
  {
    id: 'mui',
    label: 'MUI X DataGrid (MIT: 100-row pages)',
    rowSelector: '.MuiDataGrid-row',
    scrollSelector: '.MuiDataGrid-virtualScroller',
    sortSelector: '.MuiDataGrid-columnHeader--sortable .MuiDataGrid-columnHeaderTitleContainer',
  },
  {
    id: 'aggrid',
    label: 'AG Grid Community',
    rowSelector: '.ag-row',
    scrollSelector: '.ag-grid-viewport',
    sortSelector: '.ag-header-cell-sortable .ag-header-cell-label',
  },
  {
    id: 'baseline',
    label: 'Baseline: data + React, no table',
    rowSelector: '.baseline-row',
    scrollSelector: '.baseline-scroll',
    baseline: true,
  },
]
