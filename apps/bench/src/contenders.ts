/** The pages under test, with how the runner finds their rows and scroll container. */
export interface Contender {
  id: string
  label: string
  /** A data row (not the header). */
  rowSelector: string
  /** The element that scrolls the rows vertically. */
  scrollSelector: string
  /** No table at all: the data and React alone, the floor under every other page. */
  baseline?: boolean
}

export const CONTENDERS: readonly Contender[] = [
  {
    id: 'ours',
    label: 'LeadsTable (ours)',
    rowSelector: '.aura-body-row',
    scrollSelector: '.aura-scroll',
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
  },
  {
    id: 'aggrid',
    label: 'AG Grid Community',
    rowSelector: '.ag-row',
    scrollSelector: '.ag-grid-viewport',
  },
  {
    id: 'baseline',
    label: 'Baseline: data + React, no table',
    rowSelector: '.baseline-row',
    scrollSelector: '.baseline-scroll',
    baseline: true,
  },
]
