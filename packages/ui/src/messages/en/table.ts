import { plural } from '../plural.ts'

/** The tables' grid, toolbar, footer, states and export. */
export const table = {
  /** Accessible names of the grids (and the CSV file name stems are fixed: leads.csv…). */
  leadsLabel: 'Leads',
  callsLabel: 'Calls',
  octanistLeadsLabel: 'Octanist leads',
  /** Plain `data` with no rows. */
  leadsEmpty: 'No leads',
  callsEmpty: 'No calls',
  /** A loaded list with no rows for its filters. */
  leadsEmptyFiltered: 'No leads match these filters',
  callsEmptyFiltered: 'No calls match these filters',
  octanistEmptyFiltered: 'No leads match this search',
  /** The generic grid without a label of its own. */
  rowsEmpty: 'No rows',
  clearFilters: 'Clear filters',
  sortLoadedNote: 'Sorting applies to loaded rows only',
  /** Header tooltips. */
  sortLoadedHint: 'Sorts loaded rows only. Shift-click to sort by several columns.',
  sortServerHint: 'Sort. Shift-click to sort by several columns.',
  columnsMenu: 'Columns',
  columnsMenuLabel: 'Show columns',
  selectAll: 'Select all loaded rows',
  selectRow: 'Select row',
  loadMore: 'Load more',
  loadingMore: 'Loading more…',
  loadMoreFailed: "Couldn't load more",
  exportCsv: 'Export CSV',
  exporting: (count: number, formatted: string) =>
    plural('en', count, {
      one: `Exporting… ${formatted} row`,
      other: `Exporting… ${formatted} rows`,
    }),
  cancelExport: 'Cancel export',
  exportReady: 'Export ready',
  exportCancelled: 'Export cancelled',
  exportFailed: (message: string) => `Export failed: ${message}`,
  /** Paging notices: why a loaded list may be incomplete. */
  pagingDuplicates: (count: number, formatted: string) =>
    plural('en', count, {
      one: `The server sent ${formatted} row we already had; this list may be incomplete.`,
      other: `The server sent ${formatted} rows we already had; this list may be incomplete.`,
    }),
  pagingStopped: {
    'repeated-cursor': 'The server pointed back to a page it had already sent, so loading stopped.',
    'empty-page': 'The server sent an empty page but said more rows exist, so loading stopped.',
    'missing-cursor':
      "The server said more rows exist but didn't say where to find them, so loading stopped.",
    'page-mismatch':
      'The server answered with a different page than the one asked for, so loading stopped.',
    'beyond-last-page': 'The server said more rows exist past its last page, so loading stopped.',
  },
  /** After a stop reason, when rows also came twice. */
  pagingAlsoDuplicates: (count: number, formatted: string) =>
    plural('en', count, {
      one: `The server sent ${formatted} row we already had (shown once).`,
      other: `The server sent ${formatted} rows we already had (shown once).`,
    }),
  pagingIncomplete: 'This list may be incomplete.',
}
