import { plural } from '../plural.ts'

/**
 * The dashboard widgets. Counts come as `(count, formatted)`: the number for the plural rule and
 * the same number spelled in the kit's locale.
 */
export const insights = {
  funnelTitle: 'Lead funnel',
  sourcesTitle: 'Leads by source',
  overTimeTitle: 'Leads over time',
  outcomesTitle: 'Call outcomes',
  pipelineTitle: 'Pipeline value',

  /** The progress bar's name while a list is counted. */
  counting: 'Counting',
  countedLeads: (count: number, formatted: string) =>
    plural('en', count, {
      one: `Counted ${formatted} lead…`,
      other: `Counted ${formatted} leads…`,
    }),
  countedCalls: (count: number, formatted: string) =>
    plural('en', count, {
      one: `Counted ${formatted} call…`,
      other: `Counted ${formatted} calls…`,
    }),
  /** Octanist: exact counts asked one by one. */
  countsIn: (done: string, total: string) => `${done} of ${total} counts in…`,
  /** The scan waits for the API's rate-limit window; `time` is when it goes on. */
  waitingForLimit: (time: string) => `Pausing for the API's rate limit until ${time}…`,
  partialLeads: (count: number, formatted: string) =>
    plural('en', count, {
      one: `Counting stopped after ${formatted} lead: these figures are incomplete.`,
      other: `Counting stopped after ${formatted} leads: these figures are incomplete.`,
    }),
  partialCalls: (count: number, formatted: string) =>
    plural('en', count, {
      one: `Counting stopped after ${formatted} call: these figures are incomplete.`,
      other: `Counting stopped after ${formatted} calls: these figures are incomplete.`,
    }),
  partialCounts: 'Some counts could not be loaded: these figures are incomplete.',
  emptyLeads: 'No leads in this period',
  emptyCalls: 'No calls in this period',
  undatedLeads: (count: number, formatted: string) =>
    plural('en', count, {
      one: `${formatted} lead without a valid date is left out.`,
      other: `${formatted} leads without a valid date are left out.`,
    }),
  undatedCalls: (count: number, formatted: string) =>
    plural('en', count, {
      one: `${formatted} call without a valid date is left out.`,
      other: `${formatted} calls without a valid date are left out.`,
    }),
  /** Told once per chart to screen readers, beside its bars or points. */
  selectHint: 'Choose a bar to see those records in the table.',

  leads: (count: number, formatted: string) =>
    plural('en', count, { one: `${formatted} lead`, other: `${formatted} leads` }),
  calls: (count: number, formatted: string) =>
    plural('en', count, { one: `${formatted} call`, other: `${formatted} calls` }),
  /** A share of the whole, e.g. "23.5 % of all". */
  share: (percent: string) => `${percent} of all`,

  columnStatus: 'Status',
  columnLeads: 'Leads',
  columnReached: 'Reached this step',
  columnConversion: 'From the step before',
  columnSource: 'Source',
  columnShare: 'Share',
  columnPeriod: 'Period',
  columnCurrent: 'This period',
  columnPrevious: 'Previous period',
  columnOutcome: 'Outcome',
  columnCalls: 'Calls',
  columnRate: 'Rate',
  columnFigure: 'Figure',
  columnValue: 'Value',

  /** Funnel. */
  funnelSteps: 'Funnel steps',
  leftFunnel: 'Left the funnel',
  /** Legend of the funnel's solid bars (its light ones are `columnReached`). */
  atStep: 'At this step now',
  otherStatus: 'Other or no status',
  /** A step's conversion from the step before. */
  conversion: (percent: string) => `${percent} from the step before`,
  reached: (count: number, formatted: string) =>
    plural('en', count, { other: `${formatted} reached it` }),
  funnelSummary: (steps: string) => `Lead funnel: ${steps}.`,

  /** Sources. */
  noSource: 'No source',
  otherSources: 'Other sources',
  sourcesSummary: (items: string) => `Leads by source: ${items}.`,

  /** Over time. */
  thisPeriod: 'This period',
  previousPeriod: 'Previous period',
  point: (period: string, current: string, previous: string) =>
    `${period}: ${current} (previous period: ${previous})`,
  overTimeSummary: (total: string, previous: string, from: string, to: string) =>
    `${total} from ${from} to ${to}, against ${previous} in the period before.`,
  /** A span of days, e.g. a week's bucket. */
  days: (from: string, to: string) => `${from} – ${to}`,

  /** KPI deltas against the previous period. */
  deltaUp: (percent: string) => `up ${percent} on the previous period`,
  deltaDown: (percent: string) => `down ${percent} on the previous period`,
  deltaSame: 'the same as the previous period',
  deltaNew: 'none in the previous period',
  totalLeads: 'Leads in this period',

  /** Call outcomes. */
  outcomes: {
    completed: 'Completed',
    noShow: 'No-show',
    cancelled: 'Cancelled',
    rescheduled: 'Rescheduled',
    scheduled: 'Still scheduled',
    other: 'Other or no status',
  },
  outcomesSummary: (items: string) => `Call outcomes: ${items}.`,
  showUpRate: 'Show-up rate',
  medianDuration: 'Median duration',
  minutes: (formatted: string) => `${formatted} min`,
  /** Rates are of calls with an outcome (completed, no-show, cancelled or rescheduled). */
  ratesNote:
    'Rates are of calls with an outcome; show-up rate is completed of completed and no-shows.',

  /** Pipeline. */
  upcomingValue: 'Upcoming pipeline',
  wonValue: 'Won in this period',
  upcomingCalls: (count: number, formatted: string) =>
    plural('en', count, {
      one: `${formatted} upcoming call`,
      other: `${formatted} upcoming calls`,
    }),
  wonCalls: (count: number, formatted: string) =>
    plural('en', count, { one: `${formatted} closed call`, other: `${formatted} closed calls` }),
  withoutValue: (count: number, formatted: string) =>
    plural('en', count, { other: `${formatted} without a deal value` }),
  showUpcoming: 'Show upcoming calls',
  showClosed: 'Show closed calls',
}
