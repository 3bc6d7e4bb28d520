import '../page.css'
import { startPage } from '../startPage.tsx'

// No table: the same leads and React with one row, the floor every other page stands on.
startPage('baseline', (leads) => (
  <div className="grid-box baseline-scroll">
    <div className="baseline-row">{leads[0]?.email}</div>
    <div style={{ height: leads.length * 40 }} />
  </div>
))
