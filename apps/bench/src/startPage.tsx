import type { Lead } from '@aura-kit/client'
import type { ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import { CONTENDERS } from './contenders.ts'
import { generateLeads } from './generateLeads.ts'

/** Rows from `?rows=`, 1000 when absent or invalid. */
export function rowsFromSearch(search: string): number {
  const rows = Number(new URLSearchParams(search).get('rows'))
  return Number.isInteger(rows) && rows > 0 ? rows : 1000
}

/**
 * Generates the leads (timed, so the runner can leave it out), renders the contender and writes
 * the moment its first data row enters the DOM to `data-bench-first-row` on <html>.
 */
export function startPage(contenderId: string, render: (leads: Lead[]) => ReactNode): void {
  const contender = CONTENDERS.find((c) => c.id === contenderId)
  const container = document.getElementById('root')
  if (!contender || !container) {
    throw new Error(`Unknown contender ${contenderId} or missing #root`)
  }
  const html = document.documentElement
  const dataStart = performance.now()
  const leads = generateLeads(rowsFromSearch(location.search))
  html.dataset.benchDataMs = String(performance.now() - dataStart)
  const observer = new MutationObserver(() => {
    if (container.querySelector(contender.rowSelector)) {
      html.dataset.benchFirstRow = String(performance.now())
      observer.disconnect()
    }
  })
  observer.observe(container, { childList: true, subtree: true })
  createRoot(container).render(render(leads))
}
