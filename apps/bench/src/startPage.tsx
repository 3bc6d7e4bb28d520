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

/** Calls `done` after the next frame has been painted: a task queued from rAF runs after paint. */
function afterNextPaint(done: () => void): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => done()
    channel.port2.postMessage(null)
  })
}

/**
 * Generates the leads, renders the contender and marks on <html> (all `performance.now()`, so
 * milliseconds since navigation start): `data-bench-data-ms` (time spent generating the leads),
 * `data-bench-render-start` (just before `render`, in the task after the data's) and `data-bench-first-row` (the frame after a
 * row showing the first lead's email entered the DOM has been painted).
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
  const email = leads[0]?.email ?? ''
  const hasFirstRow = () => {
    for (const row of container.querySelectorAll(contender.rowSelector)) {
      if (row.textContent?.includes(email)) {
        return true
      }
    }
    return false
  }
  const observer = new MutationObserver(() => {
    if (hasFirstRow()) {
      observer.disconnect()
      afterNextPaint(() => {
        html.dataset.benchFirstRow = String(performance.now())
      })
    }
  })
  observer.observe(container, { childList: true, subtree: true, characterData: true })
  // Render in a task of its own, so a long task of generating the data (a second or more at
  // 1,000,000 rows) is not counted against the table's mount.
  const channel = new MessageChannel()
  channel.port1.onmessage = () => {
    channel.port1.close()
    html.dataset.benchRenderStart = String(performance.now())
    createRoot(container).render(render(leads))
  }
  channel.port2.postMessage(null)
}
