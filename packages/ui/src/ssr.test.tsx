import type { Call, CursorPage, Lead, OctanistPage } from '@aura-kit/client'
import { AuraKitProvider, createAuraQueries } from '@aura-kit/hooks'
import {
  type DehydratedState,
  dehydrate,
  HydrationBoundary,
  type InfiniteData,
  QueryClient,
  QueryClientProvider,
} from '@tanstack/react-query'
import { act, waitFor } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { type ReactElement, type ReactNode, version } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import * as ui from './index.ts'
import {
  AuraRoot,
  CallFilterBar,
  CallsTable,
  CallTranscript,
  ColumnMenu,
  CreateLeadForm,
  createLeadColumns,
  DataTable,
  ExportButton,
  FilterBar,
  LEAD_CSV_COLUMNS,
  LeadDetailPanel,
  LeadDetailSheet,
  LeadFilterBar,
  LeadsTable,
  OctanistFilterBar,
  OctanistLeadsTable,
} from './index.ts'
import { de } from './messages/de/index.ts'
import { createTestClients, setupMockServer } from './test-utils/mockServer.ts'
import { generateCalls, generateLeads } from './test-utils/storyData.ts'
import { textOf } from './utils/formatters.ts'
import { createFormatters } from './utils.ts'

const harness = setupMockServer()
const clients = createTestClients()
const queries = createAuraQueries(clients)
const format = { locale: 'en-US', timeZone: 'UTC' } as const
const now = Date.parse('2026-06-01T12:00:00Z')
/** Rows in the first screen: the default 480 px scroll area over 40 px rows. */
const FIRST_SCREEN = 12

// Every component `@aura-kit/ui` exports is rendered here; the last test checks none is missed.
const rendered = new Set<string>()
function ssrIt(component: keyof typeof ui, title: string, test: () => Promise<void>) {
  rendered.add(component)
  it(`${component}: ${title}`, test)
}

const cleanups: Array<() => void> = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) {
    cleanup()
  }
})

/**
 * Renders `server` to a string, puts the HTML in a container and hydrates it with `client` (the
 * same tree over the browser's own QueryClient), failing on any hydration mismatch or error.
 */
async function renderOnServerThenHydrate(server: ReactElement, client: ReactElement = server) {
  const consoleError = vi.spyOn(console, 'error')
  const html = renderToString(server)
  expect(consoleError.mock.calls.filter((call) => !isJsdomArtifact(call))).toEqual([])
  consoleError.mockClear()
  const serverDom = document.createElement('div')
  serverDom.innerHTML = html

  const container = document.createElement('div')
  container.innerHTML = html
  document.body.append(container)
  const requestsBefore = harness.requests.length
  const recoverableErrors: unknown[] = []
  const root = await act(async () =>
    hydrateRoot(container, client, {
      onRecoverableError: (error) => {
        recoverableErrors.push(error)
      },
    }),
  )
  cleanups.push(() => {
    act(() => root.unmount())
    container.remove()
  })
  expect(recoverableErrors).toEqual([])
  expect(consoleError.mock.calls).toEqual([])
  // What the server rendered is what the browser shows: nothing is fetched again to hydrate.
  expect(harness.requests.slice(requestsBefore)).toEqual([])
  return { html, serverDom, container }
}

/**
 * React 18 warns about each `useLayoutEffect` it meets on the server. Only this jsdom run meets
 * any: react-virtual and Radix choose `useLayoutEffect` when `document` exists, and a real server
 * has none. React 19 dropped the warning; hydration is checked without this exception.
 */
function isJsdomArtifact(call: unknown[]): boolean {
  return (
    version.startsWith('18.') &&
    String(call[0]).startsWith('Warning: useLayoutEffect does nothing on the server')
  )
}

/** Text of one column's cells, row by row, in a rendered grid body. */
function columnTexts(dom: ParentNode, columnId: string): string[] {
  return Array.from(
    dom.querySelectorAll(`tbody tr td[data-column-id="${columnId}"]`),
    (cell) => cell.textContent ?? '',
  )
}

function bodyRows(dom: ParentNode): Element[] {
  return Array.from(dom.querySelectorAll('tbody tr[data-row-index]'))
}

/** Checks a server-rendered grid holds the first screen of `expected` rows, and not all of them. */
function expectFirstScreen(dom: ParentNode, columnId: string, expected: readonly string[]) {
  const rows = bodyRows(dom)
  expect(rows.length).toBeGreaterThanOrEqual(FIRST_SCREEN)
  expect(rows.length).toBeLessThan(expected.length)
  expect(rows.map((row) => row.getAttribute('aria-rowindex')).slice(0, 3)).toEqual(['2', '3', '4'])
  expect(columnTexts(dom, columnId).slice(0, FIRST_SCREEN)).toEqual(expected.slice(0, FIRST_SCREEN))
}

/** The tree both sides render for query-backed components: host providers around the kit's. */
function WithQueries(props: {
  queryClient: QueryClient
  state: DehydratedState
  children: ReactNode
}) {
  return (
    <QueryClientProvider client={props.queryClient}>
      <HydrationBoundary state={props.state}>
        <AuraKitProvider client={clients.client} octanistClient={clients.octanistClient}>
          {props.children}
        </AuraKitProvider>
      </HydrationBoundary>
    </QueryClientProvider>
  )
}

/**
 * The same on both sides, as TanStack's SSR guide has it: with a stale time above zero neither the
 * server render nor the hydrating one starts a refetch (which would show "Refreshing…").
 */
const QUERY_CLIENT_CONFIG = { defaultOptions: { queries: { retry: false, staleTime: 60_000 } } }

/**
 * Prefetches on a "server" QueryClient and returns both trees: the server's over that client, the
 * browser's over a new one fed only by the dehydrated state (sent through JSON, as a page would).
 */
async function prefetched(
  prefetch: (queryClient: QueryClient) => Promise<unknown>,
  children: ReactNode,
) {
  const serverQueryClient = new QueryClient(QUERY_CLIENT_CONFIG)
  await prefetch(serverQueryClient)
  const state: DehydratedState = JSON.parse(JSON.stringify(dehydrate(serverQueryClient)))
  const browserQueryClient = new QueryClient(QUERY_CLIENT_CONFIG)
  return {
    serverQueryClient,
    server: (
      <WithQueries queryClient={serverQueryClient} state={state}>
        {children}
      </WithQueries>
    ),
    client: (
      <WithQueries queryClient={browserQueryClient} state={state}>
        {children}
      </WithQueries>
    ),
  }
}

function firstPage<T>(queryClient: QueryClient, queryKey: readonly unknown[]): T[] {
  const data = queryClient.getQueryData<InfiniteData<{ data: T[] }>>(queryKey)
  return data?.pages[0]?.data ?? []
}

describe('server rendering and hydration of every @aura-kit/ui component', () => {
  const leads = generateLeads(200)
  const calls = generateCalls(200)

  ssrIt('LeadsTable', 'rows from the data prop are in the server HTML', async () => {
    const table = <LeadsTable data={leads} {...format} />
    const { serverDom, container } = await renderOnServerThenHydrate(table)
    expect(serverDom.querySelector('[role="grid"]')?.getAttribute('aria-rowcount')).toBe('201')
    expectFirstScreen(
      serverDom,
      'name',
      leads.map((lead) => textOf(lead.full_name)),
    )
    expect(columnTexts(container, 'name')[0]).toBe('Lead 1')

    // A host with a shorter `--aura-table-height` says so, and gets fewer rows: 200 / 40 + overscan.
    const short = await renderOnServerThenHydrate(
      <LeadsTable data={leads} initialHeight={200} {...format} />,
    )
    expect(bodyRows(short.serverDom)).toHaveLength(5 + 5)
  })

  ssrIt('LeadsTable', 'rows from a dehydrated query are in the server HTML', async () => {
    const { serverQueryClient, server, client } = await prefetched(
      (queryClient) => queryClient.prefetchInfiniteQuery(queries.leads.list()),
      <LeadsTable {...format} />,
    )
    const page = firstPage<Lead>(serverQueryClient, queries.leads.list().queryKey)
    expect(page.length).toBeGreaterThan(FIRST_SCREEN)
    const { serverDom, container } = await renderOnServerThenHydrate(server, client)
    expectFirstScreen(
      serverDom,
      'email',
      page.map((lead) => textOf(lead.email)),
    )
    expect(columnTexts(container, 'email')[0]).toBe(textOf(page[0]?.email))
  })

  ssrIt('CallsTable', 'rows from the data prop and from a dehydrated query', async () => {
    const plain = await renderOnServerThenHydrate(<CallsTable data={calls} {...format} />)
    expectFirstScreen(
      plain.serverDom,
      'lead',
      calls.map((call) => textOf(call.lead_id)),
    )

    const { serverQueryClient, server, client } = await prefetched(
      (queryClient) => queryClient.prefetchInfiniteQuery(queries.calls.list()),
      <CallsTable {...format} />,
    )
    const page = firstPage<Call>(serverQueryClient, queries.calls.list().queryKey)
    const { serverDom } = await renderOnServerThenHydrate(server, client)
    expectFirstScreen(
      serverDom,
      'lead',
      page.map((call) => textOf(call.lead_id)),
    )
  })

  ssrIt('OctanistLeadsTable', 'rows from a dehydrated query', async () => {
    const { serverQueryClient, server, client } = await prefetched(
      (queryClient) => queryClient.prefetchInfiniteQuery(queries.octanistLeads.list()),
      <OctanistLeadsTable {...format} />,
    )
    const page = firstPage<OctanistPage['data'][number]>(
      serverQueryClient,
      queries.octanistLeads.list().queryKey,
    )
    const { serverDom, container } = await renderOnServerThenHydrate(server, client)
    expectFirstScreen(
      serverDom,
      'email',
      page.map((lead) => textOf(lead.email)),
    )
    expect(bodyRows(container).length).toBeGreaterThanOrEqual(FIRST_SCREEN - 2)
  })

  ssrIt('DataTable', 'the generic grid with custom columns', async () => {
    const columns = createLeadColumns(createFormatters(format))
    const { serverDom } = await renderOnServerThenHydrate(
      <AuraRoot>
        <DataTable
          label="People"
          rows={leads}
          columns={columns}
          getRowId={(lead) => lead.id}
          status="success"
          sortingMode="loaded"
          emptyMessage="Nobody"
          initialHeight={200}
        />
      </AuraRoot>,
    )
    // 200 px over 40 px rows is 5 rows in view, plus the overscan below them.
    expect(bodyRows(serverDom)).toHaveLength(5 + 5)
    expect(columnTexts(serverDom, 'name').slice(0, 5)).toEqual([
      'Lead 1',
      'Lead 2',
      'Lead 3',
      'Lead 4',
      'Lead 5',
    ])
  })

  ssrIt('LeadDetailPanel', 'a lead from props and one from a dehydrated query', async () => {
    const [lead] = leads
    if (!lead) {
      throw new Error('no fixture lead')
    }
    const plain = await renderOnServerThenHydrate(
      <LeadDetailPanel lead={lead} now={now} {...format} />,
    )
    expect(plain.serverDom.textContent).toContain('Lead 1')
    expect(plain.html).toContain(`mailto:${lead.email}`)

    const serverLead = await clients.client.leads.list({ limit: 1 })
    const id = serverLead.data[0]?.id ?? ''
    const { server, client } = await prefetched(
      (queryClient) => queryClient.prefetchQuery(queries.leads.detail(id)),
      <LeadDetailPanel leadId={id} now={now} {...format} />,
    )
    const { serverDom } = await renderOnServerThenHydrate(server, client)
    expect(serverDom.querySelector('[aria-busy="true"]')).toBeNull()
    expect(serverDom.textContent).toContain(textOf(serverLead.data[0]?.email))
  })

  ssrIt('LeadDetailSheet', 'an open sheet hydrates, then opens in its own root', async () => {
    const lead = leads[1] as Lead
    const { serverDom, container } = await renderOnServerThenHydrate(
      <LeadDetailSheet lead={lead} open now={now} {...format} />,
    )
    // A modal is portalled into its root, which exists only once mounted: the server sends the
    // empty root, and the dialog appears after hydration without a mismatch.
    expect(serverDom.querySelector('.aura-sheet-root')).not.toBeNull()
    expect(serverDom.querySelector('[role="dialog"]')).toBeNull()
    const dialog = container.querySelector('.aura-sheet-root [role="dialog"]')
    expect(dialog?.textContent).toContain('Lead 2')
  })

  ssrIt('CallTranscript', 'a call from props and one from a dehydrated query', async () => {
    const list: CursorPage<Call> = await clients.client.calls.list({ limit: 50 })
    const withTranscript = list.data.find(
      (call) => (call.transcript_data?.segments?.length ?? 0) > 0,
    )
    if (!withTranscript) {
      throw new Error('the mock has no call with a transcript')
    }
    const firstText = withTranscript.transcript_data?.segments?.[0]?.text ?? ''
    const plain = await renderOnServerThenHydrate(
      <CallTranscript call={withTranscript} {...format} />,
    )
    expect(plain.serverDom.querySelector('.aura-transcript')?.textContent).toContain(firstText)

    const { server, client } = await prefetched(
      (queryClient) => queryClient.prefetchQuery(queries.calls.detail(withTranscript.id)),
      <CallTranscript callId={withTranscript.id} {...format} />,
    )
    const { serverDom } = await renderOnServerThenHydrate(server, client)
    expect(serverDom.textContent).toContain(firstText)
  })

  ssrIt('CreateLeadForm', 'the form, inside its provider', async () => {
    const { serverDom } = await renderOnServerThenHydrate(
      <AuraKitProvider client={clients.client} queryClient={new QueryClient()}>
        <CreateLeadForm />
      </AuraKitProvider>,
    )
    expect(serverDom.querySelector('input[name="email"]')).not.toBeNull()
    expect(serverDom.querySelector('button[type="submit"]')).not.toBeNull()
  })

  ssrIt('AuraRoot', 'the themed root with its children', async () => {
    const { serverDom } = await renderOnServerThenHydrate(
      <AuraRoot appearance={{ theme: 'dark', variables: { colorPrimary: '#0a7' } }}>
        <p>inside</p>
      </AuraRoot>,
    )
    const root = serverDom.querySelector('.aura-root')
    expect(root?.getAttribute('data-theme')).toBe('dark')
    expect(root?.textContent).toBe('inside')
  })

  ssrIt('ColumnMenu', 'its trigger', async () => {
    const column = {
      id: 'email',
      columnDef: { header: 'Email' },
      getCanHide: () => true,
      getIsVisible: () => true,
      toggleVisibility: () => {},
    }
    const { serverDom, container } = await renderOnServerThenHydrate(
      <ColumnMenu columns={[column]} />,
    )
    const trigger = serverDom.querySelector('button')
    expect(trigger?.textContent).toBe('Columns')
    expect(trigger?.getAttribute('aria-haspopup')).toBe('menu')
    expect(trigger?.getAttribute('aria-expanded')).toBe('false')
    // The menu's code is not on the server: it loads in the browser when the button is used.
    expect(serverDom.querySelector('[role="menu"]')).toBeNull()
    const hydrated = container.querySelector('button') as HTMLButtonElement
    await userEvent.setup().click(hydrated)
    const menu = await waitFor(() => {
      const found = document.querySelector('[role="menu"]')
      expect(found).not.toBeNull()
      return found
    })
    expect(menu?.textContent).toContain('Email')
    expect(hydrated.getAttribute('aria-expanded')).toBe('true')
  })

  ssrIt('ExportButton', 'its button', async () => {
    async function* pages() {
      yield leads.slice(0, 2)
    }
    const { serverDom } = await renderOnServerThenHydrate(
      <ExportButton getPages={pages} columns={LEAD_CSV_COLUMNS} filename="leads.csv" />,
    )
    expect(serverDom.querySelector('button')?.textContent).toContain('Export CSV')
  })

  ssrIt('FilterBar', 'its controls with their values', async () => {
    const { serverDom } = await renderOnServerThenHydrate(
      <FilterBar
        label="Lead filters"
        controls={[{ kind: 'text', name: 'search', label: 'Search' }]}
        values={{ search: 'acme' }}
        onChange={() => {}}
      />,
    )
    expect(serverDom.querySelector('form')?.getAttribute('aria-label')).toBe('Lead filters')
    expect(serverDom.querySelector<HTMLInputElement>('input[name="search"]')?.value).toBe('acme')
  })

  ssrIt('LeadFilterBar', 'its controls', async () => {
    const { serverDom } = await renderOnServerThenHydrate(
      <LeadFilterBar value={{ status: 'new' }} onChange={() => {}} />,
    )
    expect(serverDom.querySelector('form')).not.toBeNull()
    expect(serverDom.textContent).toContain('Status')
  })

  ssrIt('CallFilterBar', 'its controls', async () => {
    const { serverDom } = await renderOnServerThenHydrate(
      <CallFilterBar value={{}} onChange={() => {}} />,
    )
    expect(serverDom.querySelectorAll('.aura-field').length).toBeGreaterThan(0)
    expect(serverDom.textContent).toContain('Status')
  })

  ssrIt('OctanistFilterBar', 'its controls', async () => {
    const { serverDom } = await renderOnServerThenHydrate(
      <OctanistFilterBar value={{}} onChange={() => {}} />,
    )
    expect(serverDom.textContent).toContain('Has click id')
  })

  ssrIt('AuraKitProvider', 'German strings and a dark theme inherited by a table', async () => {
    const { serverDom } = await renderOnServerThenHydrate(
      <ui.AuraKitProvider
        messages={de}
        appearance={{ theme: 'dark' }}
        locale="de-DE"
        timeZone="UTC"
      >
        <LeadsTable data={leads} />
      </ui.AuraKitProvider>,
    )
    const root = serverDom.querySelector<HTMLElement>('.aura-root')
    expect(root?.dataset.theme).toBe('dark')
    expect(root?.lang).toBe('de')
    expect(serverDom.querySelectorAll('tbody tr').length).toBeGreaterThanOrEqual(FIRST_SCREEN)
  })

  ssrIt('UserName', "a sync resolver's name in server HTML", async () => {
    const { serverDom } = await renderOnServerThenHydrate(
      <ui.AuraKitProvider resolveUser={(id) => (id === 'user_1' ? 'Ada Lovelace' : null)}>
        <AuraRoot>
          <ui.UserName userId="user_1" /> <ui.UserName userId="user_2" />
        </AuraRoot>
      </ui.AuraKitProvider>,
    )
    expect(serverDom.textContent).toContain('Ada Lovelace')
    expect(serverDom.textContent).toContain('user_2')
  })

  // The insight widgets render given figures on the server; their own counting (a scan or
  // Octanist counts) starts in the browser, after hydration.
  const funnelData = {
    steps: [
      { status: 'new', count: 4, reached: 6, conversion: null },
      { status: 'won', count: 2, reached: 2, conversion: 2 / 6 },
    ],
    beside: [{ status: 'lost', count: 1 }],
    other: 0,
    total: 7,
  }
  const insightCases: Array<[keyof typeof ui, () => ReactElement, string]> = [
    ['LeadFunnel', () => <ui.LeadFunnel data={funnelData} {...format} />, 'New'],
    [
      'LeadSourceChart',
      () => (
        <ui.LeadSourceChart
          data={{ items: [{ source: 'google', count: 3 }], total: 3 }}
          {...format}
        />
      ),
      'google',
    ],
    [
      'LeadsOverTimeChart',
      () => (
        <ui.LeadsOverTimeChart
          data={{
            bucket: 'day',
            points: [{ start: '2026-05-01', end: '2026-05-01', count: 3, previous: 1 }],
            total: 3,
            previousTotal: 1,
          }}
          range={{ from: '2026-05-01', to: '2026-05-01' }}
          {...format}
        />
      ),
      'May 1, 2026',
    ],
    [
      'CallOutcomes',
      () => (
        <ui.CallOutcomes
          data={{
            total: 2,
            completed: 1,
            noShow: 1,
            cancelled: 0,
            rescheduled: 0,
            scheduled: 0,
            other: 0,
            rates: { completed: 0.5, noShow: 0.5, cancelled: 0, rescheduled: 0 },
            showUpRate: 0.5,
            medianDurationMinutes: 30,
            withDuration: 1,
          }}
          {...format}
        />
      ),
      'No-show',
    ],
    [
      'PipelineValue',
      () => (
        <ui.PipelineValue
          data={{
            upcomingValue: 123_400,
            upcomingCount: 2,
            upcomingWithoutValue: 0,
            wonValue: 0,
            wonCount: 0,
            wonWithoutValue: 0,
          }}
          now={now}
          {...format}
        />
      ),
      '$1,234.00',
    ],
    [
      'KpiCard',
      () => (
        <AuraRoot>
          <ui.KpiCard label="Leads" value="12" current={12} previous={10} />
        </AuraRoot>
      ),
      'up 20% on the previous period',
    ],
  ]
  for (const [component, element, text] of insightCases) {
    ssrIt(component, 'given figures in server HTML, hydrated without a mismatch', async () => {
      const { serverDom } = await renderOnServerThenHydrate(element())
      expect(serverDom.textContent).toContain(text)
    })
  }

  it('covers every component the package exports', () => {
    const components = Object.entries(ui)
      .filter(
        ([name, value]) =>
          /^[A-Z][a-z]/.test(name) &&
          (typeof value === 'function' ||
            (typeof value === 'object' && value !== null && '$$typeof' in value)),
      )
      .map(([name]) => name)
    expect([...rendered].sort()).toEqual(components.sort())
  })
})
