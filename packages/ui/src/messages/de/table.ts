import { plural } from '../plural.ts'
import type { AuraMessages } from '../types.ts'

export const table: AuraMessages['table'] = {
  leadsLabel: 'Leads',
  callsLabel: 'Gespräche',
  octanistLeadsLabel: 'Octanist-Leads',
  leadsEmpty: 'Keine Leads',
  callsEmpty: 'Keine Gespräche',
  leadsEmptyFiltered: 'Keine Leads passen zu diesen Filtern',
  callsEmptyFiltered: 'Keine Gespräche passen zu diesen Filtern',
  octanistEmptyFiltered: 'Keine Leads passen zu dieser Suche',
  rowsEmpty: 'Keine Zeilen',
  clearFilters: 'Filter zurücksetzen',
  sortLoadedNote: 'Sortiert werden nur die geladenen Zeilen',
  sortLoadedHint:
    'Sortiert nur die geladenen Zeilen. Mit Umschalt-Klick nach mehreren Spalten sortieren.',
  sortServerHint: 'Sortieren. Mit Umschalt-Klick nach mehreren Spalten sortieren.',
  columnsMenu: 'Spalten',
  columnsMenuLabel: 'Spalten anzeigen',
  selectAll: 'Alle geladenen Zeilen auswählen',
  selectRow: 'Zeile auswählen',
  loadMore: 'Mehr laden',
  loadingMore: 'Weitere werden geladen…',
  loadMoreFailed: 'Weitere konnten nicht geladen werden',
  exportCsv: 'Als CSV exportieren',
  exporting: (count, formatted) =>
    plural('de', count, {
      one: `Exportiere… ${formatted} Zeile`,
      other: `Exportiere… ${formatted} Zeilen`,
    }),
  cancelExport: 'Export abbrechen',
  exportReady: 'Export fertig',
  exportCancelled: 'Export abgebrochen',
  exportFailed: (message) => `Export fehlgeschlagen: ${message}`,
  pagingDuplicates: (count, formatted) =>
    plural('de', count, {
      one: `Der Server hat ${formatted} Zeile doppelt gesendet; diese Liste ist womöglich unvollständig.`,
      other: `Der Server hat ${formatted} Zeilen doppelt gesendet; diese Liste ist womöglich unvollständig.`,
    }),
  pagingStopped: {
    'repeated-cursor':
      'Der Server hat auf eine bereits gesendete Seite verwiesen, daher wurde das Laden beendet.',
    'empty-page':
      'Der Server hat eine leere Seite gesendet, aber weitere Zeilen angekündigt, daher wurde das Laden beendet.',
    'missing-cursor':
      'Der Server hat weitere Zeilen angekündigt, aber nicht gesagt, wo sie zu finden sind, daher wurde das Laden beendet.',
    'page-mismatch':
      'Der Server hat mit einer anderen als der angefragten Seite geantwortet, daher wurde das Laden beendet.',
    'beyond-last-page':
      'Der Server hat Zeilen nach seiner letzten Seite angekündigt, daher wurde das Laden beendet.',
  },
  pagingAlsoDuplicates: (count, formatted) =>
    plural('de', count, {
      one: `Der Server hat ${formatted} Zeile doppelt gesendet (einmal angezeigt).`,
      other: `Der Server hat ${formatted} Zeilen doppelt gesendet (einmal angezeigt).`,
    }),
  pagingIncomplete: 'Diese Liste ist womöglich unvollständig.',
}
