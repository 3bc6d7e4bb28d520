import {
  type AuraClient,
  type Call,
  type Lead,
  type OctanistClient,
  type OctanistLead,
  type OctanistPage,
  parseCall,
  parseLead,
  parseOctanistLead,
} from '@aura-kit/client'
import {
  mutatedCallArbitrary,
  mutatedLeadArbitrary,
  mutatedOctanistLeadArbitrary,
} from '@aura-kit/client/testing'
import { AuraKitProvider } from '@aura-kit/hooks'
import { createMockApi, makeAwkward } from '@aura-kit/mock-api'
import { QueryClient } from '@tanstack/react-query'
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import fc from 'fast-check'
import { Component, type ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { CallTranscript } from './call-transcript/CallTranscript.tsx'
import { CallsTable } from './calls-table/CallsTable.tsx'
import { LeadDetailPanel } from './lead-detail-panel/LeadDetailPanel.tsx'
import { LeadsTable } from './leads-table/LeadsTable.tsx'
import { OctanistLeadsTable } from './octanist-leads-table/OctanistLeadsTable.tsx'

// What a parser keeps of awkward but legal JSON is what the components get: fed such records, no
// component may throw (an error boundary around each would catch it and fail the run).

class Boundary extends Component<{ children: ReactNode; onError: (error: unknown) => void }> {
  override state = { failed: false }
  static getDerivedStateFromError() {
    return { failed: true }
  }
  override componentDidCatch(error: unknown) {
    this.props.onError(error)
  }
  override render() {
    return this.state.failed ? <p>boundary fired</p> : this.props.children
  }
}

/** Renders `ui` inside a boundary; resolves with what it caught (nothing, when all is well). */
function renderGuarded(ui: ReactNode) {
  const caught: unknown[] = []
  render(<Boundary onError={(error) => caught.push(error)}>{ui}</Boundary>)
  return caught
}

function keep<T>(record: T | null): T {
  expect(record, 'a record with an id is kept').not.toBeNull()
  return record as T
}

const RUNS = { numRuns: 60 }
const seeded = createMockApi({
  counts: { leads: 30, calls: 30, octanistLeads: 30 },
  rateLimit: false,
}).db
const storyLeads = seeded.leads.map((lead) => keep(parseLead(lead)))
const storyCalls = seeded.calls.map((call) => keep(parseCall(call)))

function Throws(): ReactNode {
  throw new Error('a component that breaks')
}

describe('components fed mutated records (property-based)', () => {
  it('the guard itself reports a component that throws', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(renderGuarded(<Throws />)).toHaveLength(1)
    cleanup()
  })

  it('LeadsTable and LeadDetailPanel render any mutated lead', () => {
    fc.assert(
      fc.property(mutatedLeadArbitrary, ({ mutated }) => {
        const lead = parseLead(mutated)
        if (lead === null) {
          return
        }
        const caught = renderGuarded(
          <>
            <LeadsTable data={[lead, ...storyLeads.slice(0, 3)]} />
            <LeadDetailPanel lead={lead} now={Date.parse('2026-06-01T00:00:00Z')} />
          </>,
        )
        expect(caught).toEqual([])
        expect(screen.getByRole('article', { name: 'Lead details' }).textContent).toContain(lead.id)
        cleanup()
      }),
      RUNS,
    )
  })

  it('CallsTable and CallTranscript (header, insights, transcript) render any mutated call', () => {
    fc.assert(
      fc.property(mutatedCallArbitrary, ({ mutated }) => {
        const call = parseCall(mutated)
        if (call === null) {
          return
        }
        const caught = renderGuarded(
          <>
            <CallsTable data={[call, ...storyCalls.slice(0, 3)]} />
            <CallTranscript call={call} />
          </>,
        )
        expect(caught).toEqual([])
        expect(screen.getByRole('region', { name: 'Call transcript' })).toBeTruthy()
        cleanup()
      }),
      RUNS,
    )
  })

  it('LeadDetailPanel renders any mutated Octanist lead', () => {
    fc.assert(
      fc.property(mutatedOctanistLeadArbitrary, ({ mutated }) => {
        const lead = parseOctanistLead(mutated)
        if (lead === null) {
          return
        }
        expect(renderGuarded(<LeadDetailPanel octanistLead={lead} />)).toEqual([])
        cleanup()
      }),
      RUNS,
    )
  })
})

/** A provider whose clients answer one page with `leads`, `calls` and `octanistLeads`. */
function providerFor(records: { leads: Lead[]; calls: Call[]; octanistLeads: OctanistLead[] }) {
  const page = <T,>(data: T[]) => ({
    data,
    hasMore: false,
    nextCursor: null,
    rateLimit: null,
    requestId: null,
  })
  const client = {
    baseUrl: 'http://aura.test',
    leads: { list: async () => page(records.leads) },
    calls: { list: async () => page(records.calls) },
  } as unknown as AuraClient
  const octanistPage: OctanistPage = {
    data: records.octanistLeads,
    pagination: {
      limit: 100,
      page: 1,
      totalPages: 1,
      total: records.octanistLeads.length,
      hasMore: false,
    },
    timestamp: null,
    rateLimit: null,
    requestId: null,
  }
  const octanistClient = { leads: { list: async () => octanistPage } } as unknown as OctanistClient
  return ({ children }: { children: ReactNode }) => (
    <AuraKitProvider
      client={client}
      octanistClient={octanistClient}
      queryClient={new QueryClient()}
    >
      {children}
    </AuraKitProvider>
  )
}

describe("the mock's awkward data mode, through the parsers, in every table", () => {
  it('every record keeps its row, and nothing throws', async () => {
    const leads = storyLeads.slice(0, 30).map((lead) => keep(parseLead(makeAwkward(lead, 'lead'))))
    const calls = storyCalls.slice(0, 30).map((call) => keep(parseCall(makeAwkward(call, 'call'))))
    const octanistLeads = seeded.octanistLeads.map((lead) =>
      keep(parseOctanistLead(makeAwkward(lead, 'octanistLead'))),
    )
    const Provider = providerFor({ leads, calls, octanistLeads })
    const caught = renderGuarded(
      <Provider>
        <LeadsTable />
        <CallsTable />
        <OctanistLeadsTable />
      </Provider>,
    )
    for (const [name, count] of [
      ['Leads', leads.length],
      ['Calls', calls.length],
      ['Octanist leads', octanistLeads.length],
    ] as const) {
      await waitFor(() =>
        expect(screen.getByRole('grid', { name }).getAttribute('aria-rowcount')).toBe(
          String(count + 1),
        ),
      )
    }
    expect(caught).toEqual([])
  })
})
