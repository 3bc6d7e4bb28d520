import { plural } from '../plural.ts'
import type { AuraMessages } from '../types.ts'

export const insights: AuraMessages['insights'] = {
  funnelTitle: 'Lead-Trichter',
  sourcesTitle: 'Leads nach Quelle',
  overTimeTitle: 'Leads im Zeitverlauf',
  outcomesTitle: 'Gesprächsergebnisse',
  pipelineTitle: 'Pipeline-Wert',

  counting: 'Zählen',
  countedLeads: (count, formatted) =>
    plural('de', count, {
      one: `${formatted} Lead gezählt…`,
      other: `${formatted} Leads gezählt…`,
    }),
  countedCalls: (count, formatted) =>
    plural('de', count, {
      one: `${formatted} Gespräch gezählt…`,
      other: `${formatted} Gespräche gezählt…`,
    }),
  countsIn: (done, total) => `${done} von ${total} Zählungen da…`,
  waitingForLimit: (time) => `Pause wegen des Anfragelimits der API bis ${time}…`,
  partialLeads: (count, formatted) =>
    plural('de', count, {
      one: `Zählen nach ${formatted} Lead abgebrochen: Diese Zahlen sind unvollständig.`,
      other: `Zählen nach ${formatted} Leads abgebrochen: Diese Zahlen sind unvollständig.`,
    }),
  partialCalls: (count, formatted) =>
    plural('de', count, {
      one: `Zählen nach ${formatted} Gespräch abgebrochen: Diese Zahlen sind unvollständig.`,
      other: `Zählen nach ${formatted} Gesprächen abgebrochen: Diese Zahlen sind unvollständig.`,
    }),
  partialCounts: 'Einige Zählungen konnten nicht geladen werden: Diese Zahlen sind unvollständig.',
  emptyLeads: 'Keine Leads in diesem Zeitraum',
  emptyCalls: 'Keine Gespräche in diesem Zeitraum',
  undatedLeads: (count, formatted) =>
    plural('de', count, {
      one: `${formatted} Lead ohne gültiges Datum ist nicht enthalten.`,
      other: `${formatted} Leads ohne gültiges Datum sind nicht enthalten.`,
    }),
  undatedCalls: (count, formatted) =>
    plural('de', count, {
      one: `${formatted} Gespräch ohne gültiges Datum ist nicht enthalten.`,
      other: `${formatted} Gespräche ohne gültiges Datum sind nicht enthalten.`,
    }),
  selectHint: 'Einen Balken wählen, um diese Einträge in der Tabelle zu sehen.',

  leads: (count, formatted) =>
    plural('de', count, { one: `${formatted} Lead`, other: `${formatted} Leads` }),
  calls: (count, formatted) =>
    plural('de', count, { one: `${formatted} Gespräch`, other: `${formatted} Gespräche` }),
  share: (percent) => `${percent} von allen`,

  columnStatus: 'Status',
  columnLeads: 'Leads',
  columnReached: 'Diesen Schritt erreicht',
  columnConversion: 'Vom Schritt davor',
  columnSource: 'Quelle',
  columnShare: 'Anteil',
  columnPeriod: 'Zeitraum',
  columnCurrent: 'Dieser Zeitraum',
  columnPrevious: 'Vorheriger Zeitraum',
  columnOutcome: 'Ergebnis',
  columnCalls: 'Gespräche',
  columnRate: 'Quote',
  columnFigure: 'Kennzahl',
  columnValue: 'Wert',

  funnelSteps: 'Trichterschritte',
  leftFunnel: 'Aus dem Trichter ausgeschieden',
  atStep: 'Jetzt in diesem Schritt',
  otherStatus: 'Anderer oder kein Status',
  conversion: (percent) => `${percent} vom Schritt davor`,
  reached: (count, formatted) => plural('de', count, { other: `${formatted} haben ihn erreicht` }),
  funnelSummary: (steps) => `Lead-Trichter: ${steps}.`,

  noSource: 'Keine Quelle',
  otherSources: 'Andere Quellen',
  sourcesSummary: (items) => `Leads nach Quelle: ${items}.`,

  thisPeriod: 'Dieser Zeitraum',
  previousPeriod: 'Vorheriger Zeitraum',
  point: (period, current, previous) => `${period}: ${current} (vorheriger Zeitraum: ${previous})`,
  overTimeSummary: (total, previous, from, to) =>
    `${total} vom ${from} bis ${to}, gegenüber ${previous} im Zeitraum davor.`,
  days: (from, to) => `${from} – ${to}`,

  deltaUp: (percent) => `${percent} mehr als im vorherigen Zeitraum`,
  deltaDown: (percent) => `${percent} weniger als im vorherigen Zeitraum`,
  deltaSame: 'genauso viele wie im vorherigen Zeitraum',
  deltaNew: 'keine im vorherigen Zeitraum',
  totalLeads: 'Leads in diesem Zeitraum',

  outcomes: {
    completed: 'Stattgefunden',
    noShow: 'Nicht erschienen',
    cancelled: 'Abgesagt',
    rescheduled: 'Verschoben',
    scheduled: 'Noch geplant',
    other: 'Anderer oder kein Status',
  },
  outcomesSummary: (items) => `Gesprächsergebnisse: ${items}.`,
  showUpRate: 'Erscheinungsquote',
  medianDuration: 'Mittlere Dauer (Median)',
  minutes: (formatted) => `${formatted} Min.`,
  ratesNote:
    'Quoten beziehen sich auf Gespräche mit Ergebnis; die Erscheinungsquote auf stattgefundene und nicht wahrgenommene.',

  upcomingValue: 'Anstehende Pipeline',
  wonValue: 'In diesem Zeitraum gewonnen',
  upcomingCalls: (count, formatted) =>
    plural('de', count, {
      one: `${formatted} anstehendes Gespräch`,
      other: `${formatted} anstehende Gespräche`,
    }),
  wonCalls: (count, formatted) =>
    plural('de', count, {
      one: `${formatted} abgeschlossenes Gespräch`,
      other: `${formatted} abgeschlossene Gespräche`,
    }),
  withoutValue: (count, formatted) =>
    plural('de', count, { other: `${formatted} ohne Auftragswert` }),
  showUpcoming: 'Anstehende Gespräche zeigen',
  showClosed: 'Abgeschlossene Gespräche zeigen',
}
