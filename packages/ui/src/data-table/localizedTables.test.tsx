import type { Call, Lead } from '@aura-kit/client'
import { render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { CallsTable } from '../calls-table/CallsTable.tsx'
import { LeadsTable } from '../leads-table/LeadsTable.tsx'
import { de } from '../messages/de/index.ts'
import { en } from '../messages/en/index.ts'
import { OctanistLeadsTable } from '../octanist-leads-table/OctanistLeadsTable.tsx'
import { setupMockServer } from '../test-utils/mockServer.ts'
import { renderWithProvider } from '../test-utils/render.tsx'

setupMockServer()

type Section = 'table' | 'filters' | 'columns' | 'statuses' | 'common'

/** Sample arguments for the parameterised messages, by their arity. */
const SAMPLES: Record<number, unknown[]> = { 1: ['Mustertabelle'], 2: [3, '3'] }

const CSV_HEADERS = new Set(['leadCsv', 'callCsv', 'octanistCsv'])

/** Every English string of the sections the tables use that German says differently. */
function englishLeftovers(sections: readonly Section[]): string[] {
  const found = new Set<string>()
  const walk = (english: unknown, german: unknown) => {
    if (typeof english === 'string') {
      if (english !== german) {
        found.add(english)
      }
    } else if (typeof english === 'function' && typeof german === 'function') {
      const args = SAMPLES[english.length] ?? []
      walk(english(...args), german(...args))
    } else if (typeof english === 'object' && english !== null) {
      for (const [key, value] of Object.entries(english)) {
        // CSV headers are never on screen; the export test checks them.
        if (!CSV_HEADERS.has(key)) {
          walk(value, (german as Record<string, unknown>)[key])
        }
      }
    }
  }
  for (const section of sections) {
    walk(en[section], de[section])
  }
  return [...found]
}

const LEFTOVERS = englishLeftovers(['table', 'filters', 'columns', 'statuses', 'common'])
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** Whole words only: "id" must not match inside "gclid". */
const containing = (text: string) =>
  LEFTOVERS.filter((english) =>
    new RegExp(`(^|[^\\p{L}])${escapeRegExp(english)}($|[^\\p{L}])`, 'u').test(text),
  )

/** What a user reads or hears: the text and the accessible names, titles and placeholders. */
function readable(root: Element, { skipBody = false } = {}): string {
  const clone = root.cloneNode(true) as Element
  if (skipBody) {
    for (const body of clone.querySelectorAll('tbody')) {
      body.remove()
    }
  }
  const attributes = [...clone.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap(
    (element) => ['aria-label', 'title', 'placeholder'].map((name) => element.getAttribute(name)),
  )
  // Text node by text node: textContent would run "Export CSV" into the next button's word.
  const texts: string[] = []
  const walker = document.createTreeWalker(clone, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    texts.push(node.textContent ?? '')
  }
  return [...texts, ...attributes].filter(Boolean).join('\n')
}

const germanLeads: Lead[] = [
  {
    id: 'l1',
    full_name: 'Anna Schmidt',
    email: 'anna@beispiel.de',
    status: 'won',
    created_at: '2026-03-01T10:00:00Z',
    total_paid_cents: 12_345,
  },
  { id: 'l2', full_name: 'Jörg Weber', status: 'lost', company: 'Weber GmbH' },
]

const calls: Call[] = [
  {
    id: 'c1',
    scheduled_at: '2026-06-01T15:00:00Z',
    status: 'no_show',
    lead_id: 'lead-1',
    closer_id: 'user_closer',
    setter_id: 'user_setter',
    duration_minutes: 30,
    has_recording: true,
    has_analysis: true,
  },
]

/** German, and no prefetch, so each table stops at its Load more button. */
const GERMAN = { messages: de, locale: 'de-DE', prefetchRows: 0 }

describe('the tables in German', () => {
  it('render no English string: headers, statuses, labels, tooltips, menus and states', async () => {
    const user = userEvent.setup()
    const { container } = render(
      <>
        <LeadsTable data={germanLeads} messages={de} locale="de-DE" sortLoadedRows />
        <CallsTable data={calls} messages={de} locale="de-DE" />
        <LeadsTable data={[]} messages={de} locale="de-DE" label="Leere Leads" />
      </>,
    )
    expect(screen.getByRole('grid', { name: 'Leads' })).toBeTruthy()
    expect(screen.getByRole('grid', { name: 'Gespräche' })).toBeTruthy()
    expect(screen.getByText('Gewonnen')).toBeTruthy()
    expect(screen.getByText('Nicht erschienen')).toBeTruthy()
    expect(screen.getByText('Keine Leads')).toBeTruthy()
    expect(screen.getAllByRole('checkbox', { name: 'Zeile auswählen' }).length).toBeGreaterThan(0)
    expect(container.querySelector('.aura-root')?.getAttribute('lang')).toBe('de')

    const [columnsButton] = screen.getAllByRole('button', { name: 'Spalten' })
    await user.click(columnsButton as HTMLElement)
    const menu = await screen.findByRole('menu')
    expect(within(menu).getByRole('menuitemcheckbox', { name: 'E-Mail' })).toBeTruthy()
    expect(containing(readable(container))).toEqual([])
  })

  it('render no English string in the loading tables: filters, options, footer and export', async () => {
    const user = userEvent.setup()
    const onExport = vi.fn()
    const { container } = renderWithProvider(
      <>
        <LeadsTable {...GERMAN} pageSize={50} onExport={onExport} />
        <CallsTable {...GERMAN} pageSize={50} />
        <OctanistLeadsTable {...GERMAN} query={{ limit: 50 }} />
      </>,
    )
    await waitFor(() =>
      expect(screen.getAllByRole('button', { name: 'Mehr laden' })).toHaveLength(3),
    )
    expect(screen.getByRole('form', { name: 'Lead-Filter' })).toBeTruthy()
    expect(screen.getByRole('form', { name: 'Gesprächsfilter' })).toBeTruthy()
    expect(screen.getByLabelText('Suche')).toHaveProperty(
      'placeholder',
      'Name, E-Mail oder Telefon',
    )

    const [status] = screen.getAllByRole('combobox', { name: 'Status' })
    const options = within(status as HTMLElement).getAllByRole('option')
    expect(options.slice(0, 2).map((option) => option.textContent)).toEqual(['Alle', 'Neu'])
    expect(within(status as HTMLElement).getByRole('option', { name: 'Gewonnen' })).toBeTruthy()
    // The mock's rows are English data; the table's own words are what must be German.
    expect(containing(readable(container, { skipBody: true }))).toEqual([])

    const [exportButton] = screen.getAllByRole('button', { name: 'Als CSV exportieren' })
    await user.click(exportButton as HTMLElement)
    await waitFor(() => expect(onExport).toHaveBeenCalledTimes(1))
    const [blob] = onExport.mock.calls[0] as [Blob, string]
    const header = (await blob.text()).replace(/^\uFEFF/, '').split('\r\n')[0]
    expect(header).toBe(Object.values(de.columns.leadCsv).join(','))
    expect(await screen.findByText('Export fertig')).toBeTruthy()
  })

  it('the check itself finds the English words of an English table', () => {
    const { container } = render(<LeadsTable data={germanLeads} sortLoadedRows />)
    expect(containing(readable(container))).toEqual(
      expect.arrayContaining(['Sorting applies to loaded rows only', 'Export CSV', 'Won', 'Email']),
    )
  })

  it('a host overrides single strings over the German catalogue', () => {
    render(
      <LeadsTable
        data={germanLeads}
        messages={{
          ...de,
          columns: { ...de.columns, lead: { ...de.columns.lead, name: 'Kunde' } },
        }}
      />,
    )
    expect(screen.getByRole('columnheader', { name: 'Kunde' })).toBeTruthy()
    expect(screen.getByRole('columnheader', { name: 'E-Mail' })).toBeTruthy()
  })
})

describe('people in the tables', () => {
  it("shows closers and setters by the host's names, and exports their raw ids", async () => {
    const user = userEvent.setup()
    const onExport = vi.fn()
    render(
      <CallsTable
        data={calls}
        defaultColumnVisibility={{ setter: true }}
        resolveUser={(id) => ({ user_closer: 'Carla Closer', user_setter: 'Sam Setter' })[id]}
        onExport={onExport}
      />,
    )
    const grid = screen.getByRole('grid', { name: 'Calls' })
    const closer = within(grid).getByText('Carla Closer')
    expect(closer.closest('td')?.dataset.columnId).toBe('closer')
    expect(closer.getAttribute('title')).toBe('user_closer')
    expect(within(grid).getByText('Sam Setter').closest('td')?.dataset.columnId).toBe('setter')

    await user.click(screen.getByRole('button', { name: 'Export CSV' }))
    await waitFor(() => expect(onExport).toHaveBeenCalledTimes(1))
    const [blob] = onExport.mock.calls[0] as [Blob, string]
    const [, row] = (await blob.text()).split('\r\n')
    expect(row?.split(',').slice(4, 6)).toEqual(['user_closer', 'user_setter'])
  })

  it('hides the setter column at first and keeps the id while a person is unknown', () => {
    render(<CallsTable data={calls} resolveUser={() => null} />)
    const grid = screen.getByRole('grid', { name: 'Calls' })
    expect(within(grid).queryByRole('columnheader', { name: 'Setter' })).toBeNull()
    expect(within(grid).getByText('user_closer')).toBeTruthy()
  })
})
