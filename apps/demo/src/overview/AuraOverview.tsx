import type { DayRange } from '@aura-kit/hooks'
import {
  CallOutcomes,
  LeadFunnel,
  LeadSourceChart,
  LeadsOverTimeChart,
  PipelineValue,
} from '@aura-kit/ui'
import { useId } from 'react'
import { useNavigate } from 'react-router'
import { useStrings } from '../i18n/LanguageProvider.tsx'
import { callsLink, leadsLink } from '../url/tableLinks.ts'
import { AuraKpis } from './AuraKpis.tsx'

/**
 * Aura's figures over the period, counted by the kit's background scans: key figures, the
 * funnel, sources, leads over time, call outcomes and pipeline value. A chosen bar, step or
 * outcome opens its table filtered by it.
 */
export function AuraOverview({ range, now }: { range: DayRange; now: number }) {
  const strings = useStrings()
  const navigate = useNavigate()
  const headingId = useId()
  return (
    <section className="demo-overview-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{strings.auraFigures}</h2>
      <p className="demo-muted demo-section-note">{strings.auraNote}</p>
      <AuraKpis range={range} now={now} />
      <div className="demo-widgets">
        <LeadFunnel range={range} onSelect={(filters) => navigate(leadsLink(filters))} />
        <LeadSourceChart range={range} onSelect={(filters) => navigate(leadsLink(filters))} />
        {/* Composed from its parts: the key figures above already hold the period's total. */}
        <LeadsOverTimeChart.Root range={range} className="demo-widget-wide">
          <LeadsOverTimeChart.Title />
          <LeadsOverTimeChart.Progress />
          <LeadsOverTimeChart.State />
          <LeadsOverTimeChart.Chart />
          <LeadsOverTimeChart.Note />
          <LeadsOverTimeChart.Table />
        </LeadsOverTimeChart.Root>
        <CallOutcomes range={range} onSelect={(filters) => navigate(callsLink(filters))} />
        <PipelineValue
          range={range}
          now={now}
          onSelect={(filters) => navigate(callsLink(filters))}
        />
      </div>
    </section>
  )
}
