import type { Lead } from '@aura-kit/client'
import { render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { createRef, type Ref, type RefObject } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { CallsTable } from '../calls-table/CallsTable.tsx'
import { LeadsTable } from '../leads-table/LeadsTable.tsx'
import { useLeadsTable } from '../leads-table/useLeadsTable.ts'
import { OctanistLeadsTable } from '../octanist-leads-table/OctanistLeadsTable.tsx'
import { useOctanistLeadsTable } from '../octanist-leads-table/useOctanistLeadsTable.ts'
import { paramsOf, setupMockServer } from '../test-utils/mockServer.ts'
import { renderWithProvider } from '../test-utils/render.tsx'
import { DataState } from './states.tsx'

const harness = setupMockServer()

const leads: Lead[] = [
  { id: 'a', full_name: 'Bea', email: 'bea@example.com', status: 'won' },
  { id: 'b', full_name: 'Ada', email: null, status: 'new' },
]

interface ComposedRefs {
  root: RefObject<HTMLDivElement | null>
  toolbar: RefObject<HTMLDivElement | null>
  exportPart: RefObject<HTMLDivElement | null>
  note: RefObject<HTMLSpanElement | null>
  columns: RefObject<HTMLButtonElement | null>
  grid: RefObject<HTMLDivElement | null>
  footer: RefObject<HTMLDivElement | null>
}

function Composed({ refs, onScroll }: { refs: ComposedRefs; onScroll: () => void }) {
  const table = useLeadsTable({ data: leads, sortLoadedRows: true })
  return (
    <LeadsTable.Root table={table} ref={refs.root} id="root" className="host-root">
      <LeadsTable.Toolbar ref={refs.toolbar} aria-label="Lead tools">
        <LeadsTable.Export ref={refs.exportPart} className="host-export" />
        <LeadsTable.SortNote ref={refs.note} id="note" />
        <LeadsTable.ColumnMenu ref={refs.columns} title="Pick columns" />
      </LeadsTable.Toolbar>
      <LeadsTable.Grid ref={refs.grid} className="host-grid" onScroll={onScroll} />
      <LeadsTable.Footer ref={refs.footer} id="footer" />
    </LeadsTable.Root>
  )
}

/** A host's own toolbar (filter shortcut, selection count) and footer element around the grid. */
function HostTable({
  toolbarRef,
  footerRef,
  cleared,
}: {
  toolbarRef: Ref<HTMLDivElement>
  footerRef: Ref<HTMLDivElement>
  cleared: () => void
}) {
  const table = useLeadsTable({ pageSize: 50, prefetchRows: 0 })
  const selected = table.selection.ids.size
  return (
    <LeadsTable.Root table={table}>
      <LeadsTable.Toolbar asChild ref={toolbarRef}>
        <nav aria-label="My tools" className="host-bar">
          <button type="button" onClick={() => table.filters?.onChange({ status: 'won' })}>
            Only won
          </button>
          <button
            type="button"
            onClick={() => {
              table.selection.clear()
              cleared()
            }}
          >
            Clear {selected} selected
          </button>
        </nav>
      </LeadsTable.Toolbar>
      <LeadsTable.Grid />
      <LeadsTable.Footer asChild ref={footerRef}>
        <section aria-label="More leads" className="host-footer" />
      </LeadsTable.Footer>
    </LeadsTable.Root>
  )
}

function GridOnly() {
  const table = useLeadsTable({ data: leads })
  return (
    <LeadsTable.Root table={table}>
      <LeadsTable.Grid />
    </LeadsTable.Root>
  )
}

function OctanistComposed({
  searchRef,
  formRef,
}: {
  searchRef: Ref<HTMLDivElement>
  formRef: Ref<HTMLFormElement>
}) {
  const table = useOctanistLeadsTable({ query: { limit: 50 }, searchDebounceMs: 0 })
  return (
    <OctanistLeadsTable.Root table={table}>
      <OctanistLeadsTable.Search ref={searchRef} className="host-search" />
      <OctanistLeadsTable.Filters ref={formRef} label="Octanist narrowing" />
      <OctanistLeadsTable.Grid />
    </OctanistLeadsTable.Root>
  )
}

describe('table parts', () => {
  it('forward their refs and spread the rest of their props onto their one element', () => {
    const refs = {
      root: createRef<HTMLDivElement>(),
      toolbar: createRef<HTMLDivElement>(),
      exportPart: createRef<HTMLDivElement>(),
      note: createRef<HTMLSpanElement>(),
      columns: createRef<HTMLButtonElement>(),
      grid: createRef<HTMLDivElement>(),
      footer: createRef<HTMLDivElement>(),
    }
    const onScroll = vi.fn()
    render(<Composed refs={refs} onScroll={onScroll} />)
    expect(refs.root.current?.id).toBe('root')
    expect(refs.root.current?.className).toBe('aura-root aura-data-table host-root')
    expect(refs.toolbar.current?.getAttribute('aria-label')).toBe('Lead tools')
    expect(refs.toolbar.current?.className).toBe('aura-toolbar')
    expect(refs.exportPart.current?.className).toBe('aura-export host-export')
    expect(refs.note.current?.textContent).toBe('Sorting applies to loaded rows only')
    expect(refs.columns.current).toBe(screen.getByRole('button', { name: 'Columns' }))
    expect(refs.columns.current?.title).toBe('Pick columns')
    expect(refs.grid.current?.className).toBe('aura-scroll host-grid')
    expect(refs.grid.current?.contains(screen.getByRole('grid', { name: 'Leads' }))).toBe(true)
    refs.grid.current?.dispatchEvent(new Event('scroll'))
    expect(onScroll).toHaveBeenCalledTimes(1)
    expect(refs.footer.current?.id).toBe('footer')
    // Plain data: no filters, so the toolbar holds only what the host put there.
    expect(screen.queryByRole('form')).toBeNull()
  })

  it('take the host element with asChild: its own toolbar, and a footer of its own element', async () => {
    const user = userEvent.setup()
    const toolbarRef = createRef<HTMLDivElement>()
    const footerRef = createRef<HTMLDivElement>()
    const cleared = vi.fn()
    renderWithProvider(
      <HostTable toolbarRef={toolbarRef} footerRef={footerRef} cleared={cleared} />,
    )
    const nav = screen.getByRole('navigation', { name: 'My tools' })
    expect(toolbarRef.current).toBe(nav)
    expect(nav.className).toBe('aura-toolbar host-bar')
    const footer = screen.getByRole('region', { name: 'More leads' })
    expect(footerRef.current).toBe(footer)
    expect(footer.className).toBe('aura-table-footer host-footer')
    await waitFor(() => expect(within(footer).getByRole('button', { name: 'Load more' })))

    await user.click(screen.getByRole('button', { name: 'Only won' }))
    await waitFor(() => expect(paramsOf(harness, '/v1/leads').at(-1)?.get('status')).toBe('won'))
    const grid = screen.getByRole('grid', { name: 'Leads' })
    await user.click(within(grid).getAllByRole('checkbox', { name: 'Select row' })[0] as Element)
    await user.click(screen.getByRole('button', { name: 'Clear 1 selected' }))
    expect(cleared).toHaveBeenCalledTimes(1)
    expect(screen.getByRole('button', { name: 'Clear 0 selected' })).toBeTruthy()
  })

  it('render the grid without any toolbar, and throw a clear error outside a Root', () => {
    render(<GridOnly />)
    expect(screen.getAllByRole('row')).toHaveLength(3)
    expect(screen.queryByRole('button', { name: 'Columns' })).toBeNull()
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => render(<LeadsTable.Grid />)).toThrow(/inside <DataTable.Root>/)
  })

  it('compose the Octanist table from the same parts: search, filters and grid', async () => {
    const user = userEvent.setup()
    const searchRef = createRef<HTMLDivElement>()
    const formRef = createRef<HTMLFormElement>()
    renderWithProvider(<OctanistComposed searchRef={searchRef} formRef={formRef} />)
    expect(searchRef.current?.className).toBe('aura-field host-search')
    expect(formRef.current).toBe(screen.getByRole('form', { name: 'Octanist narrowing' }))
    await user.type(screen.getByLabelText('Search'), 'ann')
    await waitFor(() => expect(paramsOf(harness, '/api/leads').at(-1)?.get('search')).toBe('ann'))
  })

  it('keep the ready-made tables one composition: same toolbar, grid and footer', async () => {
    renderWithProvider(
      <>
        <CallsTable pageSize={50} prefetchRows={0} label="Team calls" />
        <OctanistLeadsTable query={{ limit: 50 }} prefetchRows={0} />
      </>,
    )
    const form = screen.getByRole('form', { name: 'Team calls filters' })
    expect(form.closest('.aura-toolbar')).not.toBeNull()
    expect(screen.getByRole('form', { name: 'Octanist lead filters' })).toBeTruthy()
    await waitFor(() =>
      expect(screen.getAllByRole('button', { name: 'Load more' })).toHaveLength(2),
    )
    for (const button of screen.getAllByRole('button', { name: 'Load more' })) {
      expect(button.closest('.aura-table-footer')?.parentElement?.className).toBe('aura-scroll')
    }
  })
})

describe('DataState, the one loading / empty / error state', () => {
  it('announces loading, names the empty state, and shows an error with request id and Retry', async () => {
    const user = userEvent.setup()
    const onRetry = vi.fn()
    const ref = createRef<HTMLDivElement>()
    const error = Object.assign(new Error('Upstream timed out'), { requestId: 'req_42' })
    render(
      <>
        <DataState status="loading" rows={2} columns={3} ref={ref} id="waiting" />
        <DataState status="empty" title="No leads yet">
          <button type="button">Create one</button>
        </DataState>
        <DataState status="error" error={error} onRetry={onRetry} />
        <DataState status="error" title={<h2 className="aura-state-title">Lead not found</h2>} />
      </>,
    )
    expect(ref.current?.id).toBe('waiting')
    const [loading, empty] = screen.getAllByRole('status')
    expect(loading?.textContent).toBe('Loading…')
    expect(loading?.querySelectorAll('.aura-skeleton-cell')).toHaveLength(6)
    expect(empty?.textContent).toBe('No leads yetCreate one')
    const [alert, custom] = screen.getAllByRole('alert')
    expect(alert?.textContent).toBe("Couldn't load dataUpstream timed outRequest id: req_42Retry")
    await user.click(within(alert as HTMLElement).getByRole('button', { name: 'Retry' }))
    expect(onRetry).toHaveBeenCalledTimes(1)
    expect(
      within(custom as HTMLElement).getByRole('heading', { name: 'Lead not found' }),
    ).toBeTruthy()
    expect(within(custom as HTMLElement).queryByRole('button')).toBeNull()
  })
})
