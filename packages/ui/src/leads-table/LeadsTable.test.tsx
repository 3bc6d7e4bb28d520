import type { Lead } from '@aura-kit/client'
import { act, render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { DataTableColumn } from '../data-table/dataTableFeatures.ts'
import { paramsOf, setupMockServer } from '../test-utils/mockServer.ts'
import { renderWithProvider } from '../test-utils/render.tsx'
import { LeadsTable } from './LeadsTable.tsx'

const harness = setupMockServer()
const leadParams = () => paramsOf(harness, '/v1/leads')
const grid = () => screen.getByRole('grid', { name: 'Leads' })
const bodyRows = () => within(grid()).getAllByRole('row').slice(1)
// td in a role="grid" table is a gridcell to browsers; Testing Library maps it to cell.
const cellsOf = (row: Element | undefined) => [...(row?.querySelectorAll('td') ?? [])]
const loadedRows = () => Number(grid().getAttribute('aria-rowcount')) - 1
const waitForRows = (count: number) =>
  waitFor(() => {
    expect(loadedRows()).toBe(count)
    expect(bodyRows().length).toBeGreaterThan(0)
  })

describe('LeadsTable', () => {
  it('shows skeleton rows, then renders only the visible rows of the first page', async () => {
    renderWithProvider(<LeadsTable pageSize={50} />)
    expect(screen.getByTestId('aura-skeleton')).toBeTruthy()
    await waitForRows(50)
    expect(bodyRows().length).toBeGreaterThan(5)
    expect(bodyRows().length).toBeLessThan(50)
    expect(screen.getByRole('columnheader', { name: 'Name' })).toBeTruthy()
    expect(leadParams()).toHaveLength(1)
  })

  it('sends the chosen status, source and assignee as query params', async () => {
    const user = userEvent.setup()
    const onFiltersChange = vi.fn()
    renderWithProvider(<LeadsTable pageSize={20} onFiltersChange={onFiltersChange} />)
    await waitForRows(20)

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Won')
    await waitFor(() => expect(leadParams().at(-1)?.get('status')).toBe('won'))
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveProperty('value', 'won')
    expect(onFiltersChange).toHaveBeenLastCalledWith({ status: 'won' })

    await user.type(screen.getByLabelText('Source'), 'google')
    await user.type(screen.getByLabelText('Assignee'), 'user_2abc123{Enter}')
    await waitFor(() => expect(leadParams().at(-1)?.get('assigned_to_id')).toBe('user_2abc123'))
    const last = leadParams().at(-1)
    expect(last?.get('status')).toBe('won')
    expect(last?.get('source')).toBe('google')
    expect(onFiltersChange).toHaveBeenLastCalledWith({
      status: 'won',
      source: 'google',
      assignedToId: 'user_2abc123',
    })
  })

  it('follows controlled filters and only reports changes', async () => {
    const user = userEvent.setup()
    const onFiltersChange = vi.fn()
    const { rerender } = renderWithProvider(
      <LeadsTable pageSize={50} filters={{ status: 'won' }} onFiltersChange={onFiltersChange} />,
    )
    await waitFor(() => expect(leadParams().at(-1)?.get('status')).toBe('won'))
    const status = screen.getByRole('combobox', { name: 'Status' })
    expect(status).toHaveProperty('value', 'won')
    await user.selectOptions(status, 'Lost')
    expect(onFiltersChange).toHaveBeenLastCalledWith({ status: 'lost' })
    // Controlled: the select keeps showing the filters it was given.
    expect(status).toHaveProperty('value', 'won')
    expect(leadParams().every((params) => params.get('status') === 'won')).toBe(true)

    rerender(
      <LeadsTable pageSize={50} filters={{ status: 'lost' }} onFiltersChange={onFiltersChange} />,
    )
    await waitFor(() => expect(leadParams().at(-1)?.get('status')).toBe('lost'))
    expect(status).toHaveProperty('value', 'lost')
  })

  it('keeps every loaded row when a page fails, and Retry continues', async () => {
    const user = userEvent.setup()
    harness.api.setFaults([{ path: '/v1/leads', nth: 2, status: 500 }])
    renderWithProvider(<LeadsTable pageSize={50} />)
    await waitForRows(50)

    await user.click(screen.getByRole('button', { name: 'Load more' }))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain("Couldn't load more")
    expect(alert.textContent).toMatch(/Request id: \S+/)
    expect(loadedRows()).toBe(50)

    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    await waitForRows(100)
    expect(screen.queryByText("Couldn't load more")).toBeNull()
  })

  it('fetches the next page once the focused row nears the end', async () => {
    const user = userEvent.setup()
    renderWithProvider(<LeadsTable pageSize={50} prefetchRows={20} />)
    await waitForRows(50)
    const firstCell = cellsOf(bodyRows()[0] as HTMLElement)[1]
    act(() => firstCell?.focus())
    await user.keyboard('{Control>}{End}{/Control}')
    await waitForRows(100)
    expect(leadParams()).toHaveLength(2)
    expect(leadParams()[1]?.get('cursor')).toBeTruthy()
  })

  it('hides a column from the column menu', async () => {
    const user = userEvent.setup()
    renderWithProvider(<LeadsTable pageSize={10} />)
    await waitForRows(10)
    expect(screen.getByRole('columnheader', { name: 'Email' })).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Columns' }))
    await user.click(await screen.findByRole('menuitemcheckbox', { name: 'Email' }))
    await waitFor(() => expect(screen.queryByRole('columnheader', { name: 'Email' })).toBeNull())
    expect(screen.getByRole('columnheader', { name: 'Company' })).toBeTruthy()
  })

  it('moves focus with the arrow keys, Home/End and PageDown, and opens a row with Enter', async () => {
    const user = userEvent.setup()
    const onRowOpen = vi.fn()
    renderWithProvider(<LeadsTable pageSize={50} onRowOpen={onRowOpen} />)
    await waitForRows(50)
    const cellAt = (row: number, col: number) =>
      grid().querySelector(`[data-row-index="${row}"] [data-col-index="${col}"]`)

    const start = cellAt(0, 1) as HTMLElement
    act(() => start.focus())
    await user.keyboard('{ArrowDown}')
    expect(document.activeElement).toBe(cellAt(1, 1))
    expect(cellAt(1, 1)?.getAttribute('tabindex')).toBe('0')
    expect(cellAt(0, 1)?.getAttribute('tabindex')).toBe('-1')
    await user.keyboard('{ArrowRight}')
    expect(document.activeElement).toBe(cellAt(1, 2))
    await user.keyboard('{End}')
    expect(document.activeElement).toBe(cellAt(1, 8))
    await user.keyboard('{Home}')
    expect(document.activeElement).toBe(cellAt(1, 0))
    await user.keyboard('{PageDown}')
    const row = Number(document.activeElement?.closest('tr')?.getAttribute('data-row-index'))
    expect(row).toBeGreaterThan(1)
    await user.keyboard('{Control>}{End}{/Control}')
    expect(document.activeElement).toBe(cellAt(49, 8))

    // Ctrl+Home goes to the first cell of the first row: the header row.
    await user.keyboard('{Control>}{Home}{/Control}')
    expect(document.activeElement?.tagName).toBe('TH')
    expect(grid().querySelectorAll('[tabindex="0"]')).toHaveLength(1)
    await user.keyboard('{ArrowDown}{ArrowRight}{Enter}')
    expect(onRowOpen).toHaveBeenCalledTimes(1)
    const opened = onRowOpen.mock.calls[0]?.[0] as Lead
    expect(cellAt(0, 1)?.textContent).toBe(opened.full_name ?? '—')
  })

  it('opens a row on click and reports the selected rows', async () => {
    const user = userEvent.setup()
    const onRowOpen = vi.fn()
    const onSelectionChange = vi.fn()
    renderWithProvider(
      <LeadsTable pageSize={50} onRowOpen={onRowOpen} onSelectionChange={onSelectionChange} />,
    )
    await waitForRows(50)
    const [first, second] = bodyRows() as [HTMLElement, HTMLElement]
    await user.click(within(first).getByRole('checkbox', { name: 'Select row' }))
    await user.click(within(second).getByRole('checkbox', { name: 'Select row' }))
    const selected = onSelectionChange.mock.lastCall?.[0] as Lead[]
    expect(selected).toHaveLength(2)
    expect(first.getAttribute('aria-selected')).toBe('true')
    expect(onRowOpen).not.toHaveBeenCalled()

    await user.click(cellsOf(second)[3] as HTMLElement)
    expect(onRowOpen).toHaveBeenCalledWith(selected[1])

    await user.click(screen.getByRole('checkbox', { name: 'Select all loaded rows' }))
    expect(onSelectionChange.mock.lastCall?.[0]).toHaveLength(50)
  })

  it('shows an empty state whose Clear filters button reloads everything', async () => {
    const user = userEvent.setup()
    renderWithProvider(<LeadsTable pageSize={50} defaultFilters={{ source: 'no-such-source' }} />)
    const empty = await screen.findByText('No leads match these filters')
    expect(empty).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    await waitForRows(50)
    expect(leadParams().at(-1)?.has('source')).toBe(false)
  })

  it("shows the API's message and request id on error, and Retry recovers", async () => {
    const user = userEvent.setup()
    harness.api.setFaults([{ path: '/v1/leads', status: 503, times: 1 }])
    renderWithProvider(<LeadsTable pageSize={50} />)
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain("Couldn't load data")
    expect(alert.textContent).toMatch(/Request id: \S+/)
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    await waitForRows(50)
  })

  it('renders hostile records as text: no script element, no javascript: link', async () => {
    const { container } = renderWithProvider(<LeadsTable pageSize={50} overscan={60} />)
    await waitForRows(50)
    const hostileRow = container.querySelector(`tr[data-row-index="3"]`)
    expect(hostileRow?.textContent).toContain('<script>alert(1)</script> Mallory')
    expect(container.querySelector('script, img')).toBeNull()
    const hrefs = [...container.querySelectorAll('a')].map((link) => link.getAttribute('href'))
    expect(hrefs.length).toBeGreaterThan(0)
    for (const href of hrefs) {
      expect(href).toMatch(/^(https?:|mailto:|tel:)/)
    }
    expect(screen.getAllByText('javascript:alert(1)').length).toBeGreaterThan(0)
  })
})

describe('LeadsTable with plain data', () => {
  const leads: Lead[] = [
    { id: 'a', full_name: 'Bea', email: 'bea@example.com', total_paid_cents: 1000 },
    { id: 'b', full_name: 'Ada', email: null, total_paid_cents: null },
    { id: 'c', full_name: null, company: '=cmd|calc', total_paid_cents: 250 },
  ]

  it('renders without a provider, sorts loaded rows on request, and exports them', async () => {
    const user = userEvent.setup()
    const onExport = vi.fn()
    render(
      <LeadsTable data={leads} sortLoadedRows locale="en-US" timeZone="UTC" onExport={onExport} />,
    )
    expect(screen.getByText('Sorting applies to loaded rows only')).toBeTruthy()
    const names = () => bodyRows().map((row) => cellsOf(row)[1]?.textContent)
    await waitFor(() => expect(names()).toEqual(['Bea', 'Ada', '—']))
    expect(screen.getByText('$10.00')).toBeTruthy()

    await user.click(within(screen.getByRole('columnheader', { name: /Name/ })).getByRole('button'))
    expect(names()).toEqual(['Ada', 'Bea', '—'])
    expect(screen.getByRole('columnheader', { name: /Name/ }).getAttribute('aria-sort')).toBe(
      'ascending',
    )

    await user.click(screen.getByRole('button', { name: 'Export CSV' }))
    await waitFor(() => expect(onExport).toHaveBeenCalledTimes(1))
    const [blob, filename] = onExport.mock.calls[0] as [Blob, string]
    expect(filename).toBe('leads.csv')
    const lines = (await blob.text()).split('\r\n')
    expect(lines[0]).toBe(
      'id,name,email,company,phone,status,utm_source,utm_medium,utm_campaign,created_at,total_paid',
    )
    expect(lines[1]).toBe('a,Bea,bea@example.com,,,,,,,,10.00')
    expect(lines[3]).toBe("c,,,'=cmd|calc,,,,,,,2.50")
  })
})

describe('LeadsTable rendering', () => {
  it('re-renders only the rows whose state changed when focus or selection moves', async () => {
    const leads: Lead[] = Array.from({ length: 30 }, (_, index) => ({
      id: `lead_${index}`,
      full_name: `Lead ${index}`,
    }))
    const renders = new Map<string, number>()
    const probe: DataTableColumn<Lead> = {
      id: 'probe',
      header: 'Probe',
      cell: (info) => {
        const id = info.row.original.id
        renders.set(id, (renders.get(id) ?? 0) + 1)
        return id
      },
    }
    const user = userEvent.setup()
    render(<LeadsTable data={leads} extraColumns={[probe]} onSelectionChange={() => {}} />)
    await waitFor(() => expect(renders.size).toBeGreaterThan(5))
    const before = new Map(renders)
    const cellAt = (row: number, col: number) =>
      grid().querySelector<HTMLElement>(`[data-row-index="${row}"] [data-col-index="${col}"]`)

    act(() => cellAt(2, 1)?.focus())
    await user.keyboard('{ArrowDown}')
    expect(document.activeElement).toBe(cellAt(3, 1))
    await user.click(within(bodyRows()[5] as HTMLElement).getByRole('checkbox'))
    const rerendered = [...renders]
      .filter(([id, count]) => count !== before.get(id))
      .map(([id]) => id)
    // Focus left row 0 (its first tab stop), went to 2 and then 3; row 5 was selected.
    expect(rerendered.sort()).toEqual(['lead_0', 'lead_2', 'lead_3', 'lead_5'])
  })
})
