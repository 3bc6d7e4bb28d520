import type { Lead } from '@aura-kit/client'
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { LeadsTable } from '../leads-table/LeadsTable.tsx'
import { setupMockServer } from '../test-utils/mockServer.ts'
import { renderWithProvider } from '../test-utils/render.tsx'
import { LeadDetailSheet } from './LeadDetailSheet.tsx'

const harness = setupMockServer()
const pathsRequested = () => harness.requests.map((request) => new URL(request.url).pathname)

/** A leads table whose rows open the sheet, as a host app would wire them. */
function TableWithSheet() {
  const [leadId, setLeadId] = useState<string>()
  const [open, setOpen] = useState(false)
  return (
    <>
      <LeadsTable
        pageSize={20}
        onRowOpen={(lead: Lead) => {
          setLeadId(lead.id)
          setOpen(true)
        }}
      />
      <LeadDetailSheet
        leadId={leadId}
        open={open}
        onOpenChange={setOpen}
        locale="en-US"
        timeZone="UTC"
      />
    </>
  )
}

const grid = () => screen.getByRole('grid', { name: 'Leads' })
const nameCell = (row: number) =>
  grid().querySelector(`[data-row-index="${row}"] [data-col-index="1"]`) as HTMLElement

// Generous upper bounds, not speed checks: the real table renders slowly in jsdom on a busy machine.
const TABLE_TEST = { timeout: 30_000 }
const TABLE_WAIT = { timeout: 10_000 }

async function openFirstNamedRow() {
  await waitFor(() => expect(grid().getAttribute('aria-rowcount')).toBe('21'), TABLE_WAIT)
  const row = harness.api.db.leads.slice(0, 20).findIndex((lead) => lead.full_name)
  const lead = harness.api.db.leads[row]
  if (!lead?.full_name) {
    throw new Error('the first page should hold a named lead')
  }
  harness.requests.length = 0
  return { cell: nameCell(row), lead: { ...lead, full_name: lead.full_name } }
}

describe('LeadDetailSheet', () => {
  it(
    'opens at once with the row from the cached list, refreshes it, and Escape returns focus',
    TABLE_TEST,
    async () => {
      const user = userEvent.setup()
      renderWithProvider(<TableWithSheet />)
      const { cell, lead } = await openFirstNamedRow()

      act(() => cell.focus())
      fireEvent.click(cell)
      // No wait: the list's copy is on screen before any request answers.
      const dialog = screen.getByRole('dialog', { name: lead.full_name })
      expect(screen.queryByTestId('aura-panel-skeleton')).toBeNull()
      expect(within(dialog).getByText('Refreshing…')).toBeTruthy()
      // Portalled into the kit's own root, not bare into the host's body.
      expect(dialog.parentElement?.closest('.aura-root')).toBeTruthy()

      await waitFor(() => expect(within(dialog).queryByText('Refreshing…')).toBeNull(), TABLE_WAIT)
      expect(pathsRequested()).toEqual([`/v1/leads/${lead.id}`])

      await user.keyboard('{Escape}')
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), TABLE_WAIT)
      expect(document.activeElement).toBe(cell)
    },
  )

  it(
    'opens from the keyboard, moves focus inside, and the close button closes it',
    TABLE_TEST,
    async () => {
      const user = userEvent.setup()
      renderWithProvider(<TableWithSheet />)
      const { cell, lead } = await openFirstNamedRow()

      act(() => cell.focus())
      await user.keyboard('{Enter}')
      const dialog = screen.getByRole('dialog', { name: lead.full_name })
      expect(dialog.contains(document.activeElement)).toBe(true)
      await user.click(within(dialog).getByRole('button', { name: 'Close lead details' }))
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), TABLE_WAIT)
      expect(document.activeElement).toBe(cell)
    },
  )

  it('renders nothing while closed, and reports open changes when uncontrolled', async () => {
    const user = userEvent.setup()
    const onOpenChange = vi.fn()
    const lead: Lead = { id: 'a', full_name: 'Ada', status: 'new' }
    const closed = render(<LeadDetailSheet lead={lead} open={false} />)
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(closed.container.querySelector('.aura-sheet-root')?.childElementCount).toBe(0)
    closed.unmount()

    render(<LeadDetailSheet lead={lead} defaultOpen onOpenChange={onOpenChange} />)
    const dialog = await screen.findByRole('dialog', { name: 'Ada' })
    expect(dialog.closest('.aura-sheet-root')).toBeTruthy()
    await user.keyboard('{Escape}')
    expect(onOpenChange).toHaveBeenCalledWith(false)
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
  })

  it('names the dialog while loading and on error', async () => {
    harness.api.setFaults([{ path: '/v1/leads/', status: 404 }])
    renderWithProvider(<LeadDetailSheet leadId="00000000-0000-4000-8000-000000000000" open />)
    expect(await screen.findByRole('dialog', { name: 'Loading lead…' })).toBeTruthy()
    expect(await screen.findByRole('dialog', { name: 'Lead not found' })).toBeTruthy()
  })
})
