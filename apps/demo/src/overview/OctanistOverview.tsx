import type { DayRange } from '@aura-kit/hooks'
import { LeadFunnel, LeadSourceChart, LeadsOverTimeChart } from '@aura-kit/ui'
import { useId } from 'react'
import { useNavigate } from 'react-router'
import { useStrings } from '../i18n/LanguageProvider.tsx'
import { octanistLink } from '../url/tableLinks.ts'

/**
 * Octanist's figures over the period, from exact counts (`meta.pagination.total` of one-row
 * pages): the funnel, sources and leads over time. A chosen bar or day opens the Octanist table
 * with the same filters and dates.
 */
export function OctanistOverview({ range }: { range: DayRange }) {
  const strings = useStrings()
  const navigate = useNavigate()
  const headingId = useId()
  const open = (filters: Parameters<typeof octanistLink>[0]) => navigate(octanistLink(filters))
  return (
    <section className="demo-overview-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{strings.octanistTitle}</h2>
      <p className="demo-muted demo-section-note">{strings.octanistNote}</p>
      <div className="demo-widgets">
        <LeadFunnel api="octanist" range={range} onSelect={open} />
        <LeadSourceChart api="octanist" range={range} onSelect={open} />
        <LeadsOverTimeChart
          api="octanist"
          range={range}
          onSelect={open}
          className="demo-widget-wide"
        />
      </div>
    </section>
  )
}
