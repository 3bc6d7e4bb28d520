import { act, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { paramsOf, setupMockServer } from '../test-utils/mockServer.ts'
import { renderWithProvider } from '../test-utils/render.tsx'
import { OctanistLeadsTable } from './OctanistLeadsTable.tsx'
import { toOctanistSort } from './octanistLeadColumns.tsx'

const harness = setupMockServer()
const octanistParams = () => paramsOf(harness, '/api/leads')
const sortButton = (name: RegExp) =>
  within(screen.getByRole('columnheader', { name })).getByRole('button')

describe('OctanistLeadsTable', () => {
  it('sorts on the server by header click, shift-click adding a second key', async () => {
    // TanStack sorts numeric columns high-to-low first, text columns A-Z first.
    const user = userEvent.setup()
    renderWithProvider(<OctanistLeadsTable query={{ limit: 50 }} />)
    await waitFor(() => expect(octanistParams()).toHaveLength(1))
    expect(octanistParams()[0]?.has('sort')).toBe(false)

    await user.click(sortButton(/Name/))
    await waitFor(() => expect(octanistParams().at(-1)?.get('sort')).toBe('name:asc'))
    await user.click(sortButton(/Name/))
    await waitFor(() => expect(octanistParams().at(-1)?.get('sort')).toBe('name:desc'))
    await user.keyboard('{Shift>}')
    await user.click(sortButton(/Value/))
    await user.keyboard('{/Shift}')
    await waitFor(() => expect(octanistParams().at(-1)?.get('sort')).toBe('name:desc,value:desc'))
    expect(screen.getByRole('columnheader', { name: /Value/ }).getAttribute('aria-sort')).toBe(
      'descending',
    )
    expect(within(screen.getByRole('grid')).getAllByRole('row').length).toBeGreaterThan(1)
  })

  it('sorts from the keyboard: the header row is part of the grid, one tab stop', async () => {
    const user = userEvent.setup()
    renderWithProvider(<OctanistLeadsTable query={{ limit: 50 }} />)
    await waitFor(() =>
      expect(within(screen.getByRole('grid')).getAllByRole('row').length).toBeGreaterThan(1),
    )
    const grid = screen.getByRole('grid')
    const firstCell = grid.querySelector<HTMLElement>('[data-row-index="0"] [data-col-index="1"]')
    act(() => firstCell?.focus())
    await user.keyboard('{ArrowUp}')
    expect(document.activeElement).toBe(screen.getByRole('columnheader', { name: /Name/ }))
    expect(grid.querySelectorAll('[tabindex="0"]')).toHaveLength(1)
    await user.keyboard('{Enter}')
    await waitFor(() => expect(octanistParams().at(-1)?.get('sort')).toMatch(/^name:/))
    const value = screen.getByRole('columnheader', { name: /Value/ })
    for (let step = 0; step < 10 && document.activeElement !== value; step++) {
      await user.keyboard('{ArrowRight}')
    }
    expect(document.activeElement).toBe(value)
    await user.keyboard('{Shift>}{Enter}{/Shift}')
    await waitFor(() => expect(octanistParams().at(-1)?.get('sort')).toMatch(/^name:\w+,value:/))
  })

  it('debounces the search box into one request', async () => {
    const user = userEvent.setup()
    renderWithProvider(<OctanistLeadsTable query={{ limit: 50 }} searchDebounceMs={200} />)
    await waitFor(() => expect(octanistParams()).toHaveLength(1))
    await user.type(screen.getByLabelText('Search'), 'mallory')
    await waitFor(() => expect(octanistParams().at(-1)?.get('search')).toBe('mallory'))
    const searches = octanistParams().map((params) => params.get('search'))
    expect(searches).toEqual([null, 'mallory'])
  })

  it('sends the filter bar as Octanist operators and clears them from the empty state', async () => {
    const user = userEvent.setup()
    const onFiltersChange = vi.fn()
    renderWithProvider(
      <OctanistLeadsTable query={{ limit: 50 }} onFiltersChange={onFiltersChange} />,
    )
    await waitFor(() => expect(octanistParams()).toHaveLength(1))

    await user.selectOptions(screen.getByRole('combobox', { name: 'Has click id' }), 'gclid')
    await waitFor(() => expect(octanistParams().at(-1)?.get('gclid[exists]')).toBe('true'))

    await user.type(screen.getByLabelText('Min value'), '500')
    await user.type(screen.getByLabelText('Max value'), '10{Enter}')
    await waitFor(() => expect(octanistParams().at(-1)?.get('value[gte]')).toBe('500'))
    expect(octanistParams().at(-1)?.get('value[lte]')).toBe('10')
    expect(onFiltersChange).toHaveBeenLastCalledWith({
      clickId: 'gclid',
      valueMin: '500',
      valueMax: '10',
    })
    // min 500 and max 10 match nothing: the empty state offers to clear every filter.
    await user.click(await screen.findByRole('button', { name: 'Clear filters' }))
    await waitFor(() =>
      expect(octanistParams().at(-1)?.toString()).toBe(octanistParams()[0]?.toString()),
    )
  })

  it('sends a created-date range as [gte] and [lt], the last day included', async () => {
    const user = userEvent.setup()
    renderWithProvider(
      <OctanistLeadsTable query={{ limit: 50 }} defaultFilters={{ createdFrom: '2026-01-01' }} />,
    )
    await waitFor(() => expect(octanistParams().at(-1)?.has('createdAt[gte]')).toBe(true))
    await user.type(screen.getByLabelText('Created to'), '2026-01-31{Enter}')
    await waitFor(() => expect(octanistParams().at(-1)?.has('createdAt[lt]')).toBe(true))
    const lt = new Date(octanistParams().at(-1)?.get('createdAt[lt]') ?? '')
    expect([lt.getMonth() + 1, lt.getDate(), lt.getHours()]).toEqual([2, 1, 0])
  })

  it('takes sorting and search as controlled props', async () => {
    const onSortingChange = vi.fn()
    const user = userEvent.setup()
    renderWithProvider(
      <OctanistLeadsTable
        query={{ limit: 50 }}
        sorting={[{ id: 'createdAt', desc: true }]}
        onSortingChange={onSortingChange}
        search="ann"
        searchDebounceMs={0}
      />,
    )
    await waitFor(() => expect(octanistParams().at(-1)?.get('sort')).toBe('createdAt:desc'))
    expect(octanistParams().at(-1)?.get('search')).toBe('ann')
    expect(screen.getByLabelText('Search')).toHaveProperty('value', 'ann')
    await user.click(sortButton(/Name/))
    expect(onSortingChange).toHaveBeenLastCalledWith([{ id: 'name', desc: expect.any(Boolean) }])
    // Controlled: the request keeps the prop's order until the parent changes it.
    expect(octanistParams().at(-1)?.get('sort')).toBe('createdAt:desc')
  })

  it('exports every page of the current query to CSV', async () => {
    const user = userEvent.setup()
    const onExport = vi.fn()
    renderWithProvider(
      <OctanistLeadsTable
        query={{ limit: 50 }}
        defaultFilters={{ status: 'won' }}
        onExport={onExport}
      />,
    )
    await waitFor(() => expect(octanistParams()).toHaveLength(1))
    await user.click(screen.getByRole('button', { name: 'Export CSV' }))
    await waitFor(() => expect(onExport).toHaveBeenCalledTimes(1))
    const [blob, filename] = onExport.mock.calls[0] as [Blob, string]
    expect(filename).toBe('octanist-leads.csv')
    const lines = (await blob.text()).trim().split('\r\n')
    expect(lines[0]).toBe(
      'id,name,email,phone,status,source,value,website,utm_source,utm_campaign,createdAt',
    )
    const exportRequests = octanistParams().filter((params) => params.get('limit') === '100')
    expect(exportRequests.every((params) => params.get('status') === 'won')).toBe(true)
    expect(lines.length - 1).toBe(
      harness.api.db.octanistLeads.filter((lead) => lead.status === 'won').length,
    )
  })

  it('maps table sorting to Octanist sort, dropping columns the API cannot sort', () => {
    expect(
      toOctanistSort([
        { id: 'createdAt', desc: true },
        { id: 'phone', desc: false },
        { id: 'value', desc: false },
      ]),
    ).toEqual([
      { field: 'createdAt', direction: 'desc' },
      { field: 'value', direction: 'asc' },
    ])
  })
})
