import { screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { paramsOf, setupMockServer } from '../test-utils/mockServer.ts'
import { renderWithProvider } from '../test-utils/render.tsx'
import { OctanistLeadsTable, toOctanistSort } from './OctanistLeadsTable.tsx'

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

  it('debounces the search box into one request', async () => {
    const user = userEvent.setup()
    renderWithProvider(<OctanistLeadsTable query={{ limit: 50 }} searchDebounceMs={200} />)
    await waitFor(() => expect(octanistParams()).toHaveLength(1))
    await user.type(screen.getByLabelText('Search'), 'mallory')
    await waitFor(() => expect(octanistParams().at(-1)?.get('search')).toBe('mallory'))
    const searches = octanistParams().map((params) => params.get('search'))
    expect(searches).toEqual([null, 'mallory'])
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
