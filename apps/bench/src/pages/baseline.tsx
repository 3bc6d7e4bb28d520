import type { Lead } from '@aura-kit/client'
import '../page.css'
import { startPage } from '../startPage.tsx'

/** No table: one row over a spacer as tall as the rows would be. */
function Baseline({ leads }: { leads: Lead[] }) {
  return (
    <div className="grid-box baseline-scroll">
      <div className="baseline-row">{leads[0]?.email}</div>
      <div style={{ height: leads.length * 40 }} />
    </div>
  )
}

// The same leads (kept alive through Baseline's props, as a table keeps them) and React: the floor
// every other page stands on.
startPage('baseline', (leads) => <Baseline leads={leads} />)
