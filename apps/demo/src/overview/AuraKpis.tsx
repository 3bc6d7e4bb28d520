import { type DayRange, useCallStats, useLeadStats } from '@aura-kit/hooks'
import { AuraRoot, en, KpiCard, useKit, useMessages } from '@aura-kit/ui'
import { useMemo } from 'react'
import { useLanguage } from '../i18n/LanguageProvider.tsx'

/**
 * Four single figures over the period, from the same background scans the widgets read (one
 * scan per list, shared): leads (against the period before), leads won, the win rate, calls.
 * While a scan runs, each card says how far it has counted; after an error, that it stopped.
 */
export function AuraKpis({ range, now }: { range: DayRange; now: number }) {
  const { strings, locale } = useLanguage()
  const { timeZone, format } = useKit()
  const text = useMessages('insights', en.insights)
  const leads = useLeadStats({}, range, { timeZone })
  const calls = useCallStats({}, range, { timeZone, now })
  const percent = useMemo(
    () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }),
    [locale],
  )
  const leadTotal = leads.overTime?.total ?? 0
  const won = leads.funnel.steps.find((step) => step.status === 'won')?.count ?? 0
  const leadState = (caption?: string) => {
    const { scanned, done, error } = leads.progress
    if (error !== null) {
      return text.partialLeads(scanned, format.integer(scanned))
    }
    return done ? caption : text.countedLeads(scanned, format.integer(scanned))
  }
  const { scanned: callsScanned, done: callsDone, error: callsError } = calls.progress
  const callState =
    callsError !== null
      ? text.partialCalls(callsScanned, format.integer(callsScanned))
      : callsDone
        ? strings.callsInPeriodCaption
        : text.countedCalls(callsScanned, format.integer(callsScanned))
  return (
    <AuraRoot
      role="group"
      aria-label={strings.keyFigures}
      className="demo-kpis"
      aria-busy={!leads.progress.done || !callsDone ? true : undefined}
    >
      <KpiCard
        label={text.totalLeads}
        value={format.integer(leadTotal)}
        current={leads.progress.done ? leadTotal : undefined}
        previous={leads.overTime?.previousTotal}
        caption={leadState()}
      />
      <KpiCard label={strings.leadsWon} value={format.integer(won)} caption={leadState()} />
      <KpiCard
        label={strings.winRate}
        value={leadTotal > 0 ? percent.format(won / leadTotal) : '—'}
        caption={leadState(strings.winRateCaption)}
      />
      <KpiCard
        label={strings.callsInPeriod}
        value={format.integer(calls.outcomes.total)}
        caption={callState}
      />
    </AuraRoot>
  )
}
