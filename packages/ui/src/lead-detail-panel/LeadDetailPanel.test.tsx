import type { Lead, OctanistLead } from '@aura-kit/client'
import { prefetchLeads } from '@aura-kit/hooks'
import { HOSTILE_LEAD_IDS, REFERENCE_TIME } from '@aura-kit/mock-api'
import { render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { createTestClients, setupMockServer } from '../test-utils/mockServer.ts'
import { renderWithProvider } from '../test-utils/render.tsx'
import { LeadDetailPanel } from './LeadDetailPanel.tsx'
import { writeClipboard } from './writeClipboard.ts'

/** "Now" for relative times in the fixtures below: three days after `LEAD.created_at`. */
const NOW = Date.parse('2026-05-11T14:23:11.000Z')

const CHROME_ON_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/137.0.0.0 Safari/537.36'

const LEAD: Lead = {
  id: '550e8400-e29b-41d4-a716-446655440000',
  full_name: 'John Doe',
  company: 'Acme Corp',
  email: 'john@example.com',
  phone: '+1 (415) 555-2671',
  status: 'won',
  timezone: 'America/New_York',
  created_at: '2026-05-08T14:23:11.000Z',
  updated_at: '2026-05-11T13:23:11.000Z',
  payment_count: 3,
  payment_status: 'paid',
  total_paid_cents: 1_250_000,
  last_payment_at: '2026-05-10T14:23:11.000Z',
  disqualification_data: null,
  notes: [
    { content: 'First call went well', created_at: '2026-05-08T15:00:00Z', user_id: 'user_2mQx7V' },
    { content: 'Sent the proposal', created_at: '2026-05-09T10:00:00Z', user_id: 'user_9zzz' },
    { content: 'Undated note', created_at: 'garbage', user_id: null },
  ],
  source: {
    referrer: 'https://www.google.com/',
    utm_source: 'google',
    utm_medium: 'cpc',
    utm_campaign: 'spring-2026',
    utm_content: null,
    utm_term: null,
  },
  metadata: {
    utmSource: 'google',
    utmMedium: 'cpc',
    utmCampaign: 'spring-2026',
    gclid: 'Cj0KCQjw-abc',
    gbraid: '0AAAAA-def',
    fbclid: 'IwAR-xyz',
    referrer: 'https://www.google.com/',
    city: 'Austin',
    region: 'Texas',
    country: 'United States',
    countryCode: 'US',
    latitude: 30.27,
    longitude: -97.74,
    userAgent: CHROME_ON_WINDOWS,
    screenWidth: 1920,
    screenHeight: 1080,
    language: 'en-US',
    dataConsentAcceptedAt: '2026-05-08T14:20:11.000Z',
    partner: 'acme-affiliates',
    setterCode: 'SET-123',
    hsutk: 'abc123',
  },
  assigned_to_id: 'user_2mQx7V',
  crm_sync_state: { provider: 'hubspot', external_id: '42' },
}

const OCTANIST_LEAD: OctanistLead = {
  id: 'lead_abc123',
  name: 'Grace Hopper',
  email: 'grace@example.com',
  phone: null,
  status: 'qualified',
  value: 1250.5,
  note: 'Wants a demo next week',
  custom: '{"employees":"11-50","message":"Hello"}',
  lossReason: null,
  conversionName: 'Demo request',
  source: 'gtm',
  website: 'https://grace.example',
  path: '/demo',
  gclid: 'Cj0KCQjw-oct',
  fbc: 'fb.1.123.IwAR',
  utm_source: 'google',
  utm_medium: 'cpc',
  utm_campaign: 'spring-2026',
  ad_storage: true,
  ad_user_data: false,
  analytics_storage: null,
  ad_personalization: true,
  labelId: 'label_hot',
  createdAt: '2026-05-08T14:23:11.000Z',
  updatedAt: '2026-05-09T14:23:11.000Z',
  qualifiedAt: '2026-05-09T14:23:11.000Z',
  expiresAt: null,
  googleAdsCampaignId: '12345678901',
  googleAdsCampaignName: 'spring-2026 | Search',
  googleAdsAdGroupName: 'Brand Keywords',
  selectedConversionEventId: 'conv_123',
}

const harness = setupMockServer()
const pathsRequested = () => harness.requests.map((request) => new URL(request.url).pathname)

/** The text of the `<dd>` after the `<dt>` named `label` inside `scope`. */
const fieldText = (scope: HTMLElement, label: string) =>
  within(scope).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent
const section = (name: string) => screen.getByRole('group', { name })
const title = () => screen.getByRole('heading', { level: 2 })
const safeLinkPattern = /^(https?:|mailto:|tel:)/

function expectInert(root: ParentNode) {
  expect(root.querySelector('script, img, iframe')).toBeNull()
  for (const link of root.querySelectorAll('a')) {
    expect(link.getAttribute('href')).toMatch(safeLinkPattern)
  }
}

/** A seeded lead with everything filled in: won, paid, notes, attribution, a time zone. */
function richSeededLead() {
  const lead = harness.api.db.leads.find(
    (candidate) =>
      candidate.status === 'won' &&
      (candidate.notes?.length ?? 0) >= 2 &&
      candidate.full_name &&
      candidate.company &&
      candidate.phone &&
      candidate.timezone &&
      candidate.last_payment_at &&
      candidate.metadata?.userAgent,
  )
  if (!lead?.full_name) {
    throw new Error('the seeded data should hold a complete won lead')
  }
  return { ...lead, full_name: lead.full_name }
}

const options = { locale: 'en-US', timeZone: 'UTC', now: NOW } as const

describe('LeadDetailPanel over the mock API', () => {
  it('shows a skeleton, then the lead fetched by id', async () => {
    const lead = richSeededLead()
    renderWithProvider(<LeadDetailPanel leadId={lead.id} {...options} now={REFERENCE_TIME} />)
    expect(screen.getByTestId('aura-panel-skeleton')).toBeTruthy()
    expect(title().textContent).toBe('Loading lead…')

    await waitFor(() => expect(title().textContent).toBe(lead.full_name))
    expect(screen.queryByTestId('aura-panel-skeleton')).toBeNull()
    expect(pathsRequested()).toEqual([`/v1/leads/${lead.id}`])
    expect(screen.getByText(lead.company ?? '')).toBeTruthy()
    expect(screen.getByText('Won', { selector: '.aura-badge' })).toBeTruthy()
    expect(screen.getByRole('link', { name: lead.email ?? '' }).getAttribute('href')).toBe(
      `mailto:${lead.email}`,
    )
    expect(screen.getByRole('link', { name: lead.phone ?? '' }).getAttribute('href')).toMatch(
      /^tel:\+?\d+$/,
    )
    for (const name of ['Payments', 'Notes', 'Attribution']) {
      expect(section(name)).toBeTruthy()
    }
    expect(within(section('Notes')).getAllByRole('listitem')).toHaveLength(lead.notes?.length ?? 0)
  })

  it('opens instantly from a cached list, marked as refreshing until the fresh copy lands', async () => {
    const { queryClient, rerender } = renderWithProvider(<div />)
    await prefetchLeads(queryClient, createTestClients(), { limit: 20 })
    const lead = harness.api.db.leads.slice(0, 20).find((candidate) => candidate.full_name)
    harness.requests.length = 0

    rerender(<LeadDetailPanel leadId={lead?.id} {...options} />)
    // Synchronously: no skeleton, the cached row is already there.
    expect(title().textContent).toBe(lead?.full_name)
    expect(screen.getByText('Refreshing…').getAttribute('role')).toBe('status')
    expect(screen.getByRole('article', { name: 'Lead details' }).getAttribute('aria-busy')).toBe(
      'true',
    )

    await waitFor(() => expect(screen.queryByText('Refreshing…')).toBeNull())
    expect(pathsRequested()).toEqual([`/v1/leads/${lead?.id}`])
    expect(screen.getByRole('article').hasAttribute('aria-busy')).toBe(false)
  })

  it('keeps the cached copy when the refresh fails, and Retry refreshes it', async () => {
    const user = userEvent.setup()
    const { queryClient, rerender } = renderWithProvider(<div />)
    await prefetchLeads(queryClient, createTestClients(), { limit: 20 })
    const lead = harness.api.db.leads[0]
    harness.api.setFaults([{ path: `/v1/leads/${lead?.id}`, status: 503, times: 1 }])

    rerender(<LeadDetailPanel leadId={lead?.id} {...options} />)
    const banner = await screen.findByRole('alert')
    expect(banner.textContent).toContain("Couldn't refresh this lead")
    expect(banner.textContent).toMatch(/Request id: req_\w+/)
    expect(screen.getByText('Lead id', { selector: 'dt' })).toBeTruthy()

    await user.click(within(banner).getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull())
    expect(pathsRequested().filter((path) => path === `/v1/leads/${lead?.id}`)).toHaveLength(2)
  })

  it('shows "Lead not found" with the request id, and Retry asks again', async () => {
    const user = userEvent.setup()
    const id = '00000000-0000-4000-8000-000000000000'
    renderWithProvider(<LeadDetailPanel leadId={id} />)
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByRole('heading', { level: 2 }).textContent).toBe('Lead not found')
    expect(alert.textContent).toMatch(/Request id: req_\w+/)

    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(pathsRequested()).toEqual([`/v1/leads/${id}`, `/v1/leads/${id}`]))
    expect(await screen.findByRole('alert')).toBeTruthy()
  })

  it("shows the API's error message, and Retry recovers", async () => {
    const user = userEvent.setup()
    const lead = richSeededLead()
    harness.api.setFaults([{ path: '/v1/leads/', status: 500, times: 1 }])
    renderWithProvider(<LeadDetailPanel leadId={lead.id} />)
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain("Couldn't load this lead")
    expect(alert.textContent).toContain('Injected fault: HTTP 500')

    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(title().textContent).toBe(lead.full_name))
  })

  it('shows which answer disqualified a seeded lead', async () => {
    const lead = harness.api.db.leads.find(
      (candidate) => candidate.disqualification_data?.triggering_field,
    )
    renderWithProvider(<LeadDetailPanel leadId={lead?.id} {...options} />)
    const section = await screen.findByRole('group', { name: 'Disqualification' })
    expect(fieldText(section, 'Triggered by')).toContain(
      lead?.disqualification_data?.triggering_field?.label,
    )
    expect(within(section).getByText('Evaluated', { selector: 'dt' })).toBeTruthy()
  })

  const hostileChecks: Array<[string, string, () => void]> = [
    [
      'script tags',
      HOSTILE_LEAD_IDS.scriptName,
      () => {
        expect(title().textContent).toBe('<script>alert(1)</script> Mallory')
        expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy()
        expect(screen.getByText('<b>bold</b> <script>alert(1)</script>')).toBeTruthy()
      },
    ],
    [
      'javascript: URLs',
      HOSTILE_LEAD_IDS.javascriptUrls,
      () => {
        const attribution = section('Attribution')
        expect(fieldText(attribution, 'Referrer')).toBe('javascript:alert(1)')
        expect(fieldText(attribution, 'Ref')).toBe('javascript:alert(1)')
        expect(within(attribution).queryByRole('link', { name: 'javascript:alert(1)' })).toBeNull()
        expect(fieldText(section('Other fields'), 'website')).toBe('javascript:alert(1)')
      },
    ],
    [
      'a 100 kB note',
      HOSTILE_LEAD_IDS.hugeNote,
      () => {
        expect(section('Notes').textContent?.length).toBeLessThan(1000)
        expect(screen.getByRole('button', { name: 'Show more' })).toBeTruthy()
      },
    ],
    [
      'right-to-left overrides',
      HOSTILE_LEAD_IDS.rightToLeft,
      () => {
        const name = title().querySelector('bdi')
        expect(name?.textContent).toBe('Eve \u202EevE')
        expect(screen.getByText('Invoice\u202Efdp.exe Ltd').getAttribute('dir')).toBe('auto')
      },
    ],
    [
      'nulls everywhere',
      HOSTILE_LEAD_IDS.allNull,
      () => {
        expect(title().textContent).toBe('Unnamed lead')
        expect(screen.getByText('No notes yet.')).toBeTruthy()
        expect(screen.queryByRole('group', { name: 'Payments' })).toBeNull()
        expect(screen.queryByRole('group', { name: 'Attribution' })).toBeNull()
        expect(screen.queryByRole('button', { name: /^Copy/ })).toBeNull()
      },
    ],
  ]

  it.each(hostileChecks)('renders the hostile lead with %s as text', async (_name, id, check) => {
    const { container } = renderWithProvider(<LeadDetailPanel leadId={id} {...options} />)
    await waitFor(() => expect(screen.queryByText('Refreshing…')).toBeNull())
    await waitFor(() => expect(screen.queryByTestId('aura-panel-skeleton')).toBeNull())
    check()
    expectInert(container)
  })
})

describe('LeadDetailPanel with a plain lead (no provider)', () => {
  it('shows name, company, status, and times relative and absolute in both zones', () => {
    render(<LeadDetailPanel lead={LEAD} {...options} />)
    expect(title().textContent).toBe('John Doe')
    expect(screen.getByText('Acme Corp')).toBeTruthy()
    expect(screen.getByText('Won', { selector: '.aura-badge' })).toBeTruthy()
    const header = title().closest('header') as HTMLElement
    const created = within(header).getByText('3 days ago')
    expect(created.tagName).toBe('TIME')
    expect(created.getAttribute('datetime')).toBe('2026-05-08T14:23:11.000Z')
    expect(fieldText(header, 'Created')).toBe(
      "3 days agoMay 8, 2026, 2:23 PM UTC (your time)May 8, 2026, 10:23 AM EDT (lead's time)",
    )
    expect(fieldText(header, 'Updated')).toContain('1 hour ago')
    expect(fieldText(header, "Lead's time zone")).toBe('America/New_York')
    expect(fieldText(header, 'Lead id')).toBe(LEAD.id)
  })

  it("shows one absolute time when the viewer shares the lead's zone", () => {
    render(<LeadDetailPanel lead={LEAD} {...options} timeZone="America/New_York" />)
    const header = title().closest('header') as HTMLElement
    expect(fieldText(header, 'Created')).toBe('3 days agoMay 8, 2026, 10:23 AM EDT (your time)')
  })

  it('links email and phone, copies them, and announces it', async () => {
    const user = userEvent.setup()
    render(<LeadDetailPanel lead={LEAD} {...options} />)
    expect(screen.getByRole('link', { name: 'john@example.com' }).getAttribute('href')).toBe(
      'mailto:john@example.com',
    )
    expect(screen.getByRole('link', { name: '+1 (415) 555-2671' }).getAttribute('href')).toBe(
      'tel:+14155552671',
    )
    await user.click(screen.getByRole('button', { name: 'Copy email' }))
    expect(await navigator.clipboard.readText()).toBe('john@example.com')
    expect(screen.getByText('Copied email').getAttribute('role')).toBe('status')
    await user.click(screen.getByRole('button', { name: 'Copy phone' }))
    expect(await navigator.clipboard.readText()).toBe('+1 (415) 555-2671')
    expect(screen.getByText('Copied phone')).toBeTruthy()
  })

  it('announces a refused copy, and copes without a Clipboard API', async () => {
    const user = userEvent.setup()
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'))
    render(<LeadDetailPanel lead={LEAD} {...options} />)
    await user.click(screen.getByRole('button', { name: 'Copy email' }))
    expect(await screen.findByText("Couldn't copy the email")).toBeTruthy()

    vi.stubGlobal('navigator', {})
    try {
      expect(await writeClipboard('x')).toBe(false)
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('shows payments from cents, in the chosen locale and currency', () => {
    const { rerender } = render(<LeadDetailPanel lead={LEAD} {...options} />)
    const payments = section('Payments')
    expect(fieldText(payments, 'Status')).toBe('Paid')
    expect(fieldText(payments, 'Payments')).toBe('3')
    expect(fieldText(payments, 'Total paid')).toBe('$12,500.00')
    expect(fieldText(payments, 'Last payment')).toContain('yesterday')

    rerender(<LeadDetailPanel lead={LEAD} {...options} locale="de-DE" currency="EUR" />)
    expect(fieldText(section('Payments'), 'Total paid')).toBe('12.500,00\u00a0€')

    rerender(
      <LeadDetailPanel
        lead={{
          ...LEAD,
          payment_status: null,
          payment_count: null,
          total_paid_cents: null,
          last_payment_at: null,
        }}
        {...options}
      />,
    )
    expect(screen.queryByRole('group', { name: 'Payments' })).toBeNull()
  })

  it('lists notes newest first with author and time; undated notes last', () => {
    const names: Record<string, string> = { user_2mQx7V: 'Maya Chen' }
    render(<LeadDetailPanel lead={LEAD} {...options} resolveUserName={(id) => names[id]} />)
    const items = within(section('Notes')).getAllByRole('listitem')
    expect(items.map((item) => item.querySelector('.aura-note-content')?.textContent)).toEqual([
      'Sent the proposal',
      'First call went well',
      'Undated note',
    ])
    expect(items.map((item) => item.querySelector('.aura-note-author')?.textContent)).toEqual([
      'user_9zzz',
      'Maya Chen',
      'Unknown author',
    ])
    expect(within(items[0] as HTMLElement).getByText('2 days ago').tagName).toBe('TIME')
    expect(items[2]?.textContent).toContain('garbage')
    expect(fieldText(title().closest('header') as HTMLElement, 'Assigned to')).toBe('Maya Chen')
  })

  it('renders only a prefix of a 100 kB note until "Show more"', async () => {
    const user = userEvent.setup()
    const huge = 'word '.repeat(20_000)
    const lead = { ...LEAD, notes: [{ content: huge, created_at: LEAD.created_at, user_id: null }] }
    render(<LeadDetailPanel lead={lead} {...options} />)
    const notes = section('Notes')
    expect(notes.textContent?.length).toBeLessThan(1000)
    const toggle = screen.getByRole('button', { name: 'Show more' })
    expect(toggle.getAttribute('aria-expanded')).toBe('false')

    await user.click(toggle)
    expect(notes.querySelector('.aura-note-content')?.textContent).toBe(huge)
    expect(toggle.getAttribute('aria-expanded')).toBe('true')
    expect(toggle.textContent).toBe('Show less')

    await user.click(toggle)
    expect(notes.textContent?.length).toBeLessThan(1000)
  })

  it('groups attribution, with click ids by platform and unknown keys under Other', () => {
    render(<LeadDetailPanel lead={LEAD} {...options} />)
    const attribution = section('Attribution')
    expect(
      within(attribution)
        .getAllByRole('heading', { level: 4 })
        .map((heading) => heading.textContent),
    ).toEqual([
      'Campaign (UTM)',
      'Source',
      'Ad clicks',
      'Location',
      'Device',
      'Consent',
      'Partner',
      'Other',
    ])
    expect(fieldText(attribution, 'Campaign')).toBe('spring-2026')
    const googleIds = section('Google')
    expect(fieldText(googleIds, 'gclid')).toBe('Cj0KCQjw-abc')
    expect(fieldText(googleIds, 'gbraid')).toBe('0AAAAA-def')
    expect(fieldText(section('Meta'), 'fbclid')).toBe('IwAR-xyz')
    const referrer = within(attribution).getByRole('link', { name: 'https://www.google.com/' })
    expect(referrer.getAttribute('href')).toBe('https://www.google.com/')
    expect(referrer.getAttribute('rel')).toContain('noopener')
    expect(fieldText(attribution, 'Country')).toBe('🇺🇸 United States (US)')
    expect(fieldText(attribution, 'Coordinates')).toBe('30.27, -97.74')
    expect(fieldText(attribution, 'Browser')).toBe('Chrome 137')
    expect(fieldText(attribution, 'Operating system')).toBe('Windows')
    expect(fieldText(attribution, 'Screen')).toBe('1920 × 1080')
    expect(fieldText(attribution, 'Data consent')).toContain('3 days ago')
    expect(fieldText(attribution, 'Setter code')).toBe('SET-123')
    expect(fieldText(attribution, 'hsutk')).toBe('abc123')
    expect(fieldText(section('Other fields'), 'crm_sync_state')).toBe(
      '{"provider":"hubspot","external_id":"42"}',
    )
  })

  it('hides empty attribution groups, and the section when nothing is left', () => {
    const { rerender } = render(
      <LeadDetailPanel
        lead={{ ...LEAD, metadata: { utmSource: 'google' }, source: null }}
        {...options}
      />,
    )
    expect(
      within(section('Attribution'))
        .getAllByRole('heading', { level: 4 })
        .map((heading) => heading.textContent),
    ).toEqual(['Campaign (UTM)'])
    rerender(<LeadDetailPanel lead={{ ...LEAD, metadata: null, source: null }} {...options} />)
    expect(screen.queryByRole('group', { name: 'Attribution' })).toBeNull()
  })

  it('shows disqualification data with unknown keys, and hides it when absent', () => {
    const { rerender } = render(
      <LeadDetailPanel
        lead={{
          ...LEAD,
          status: 'disqualified',
          disqualification_data: {
            booking_link_id: '850e8400-e29b-41d4-a716-446655440003',
            evaluated_at: '2026-05-08T14:20:11.000Z',
            triggering_field: { key: 'budget', label: 'What is your budget?', value: '< $1,000' },
            rule_id: 'rule_3',
          },
        }}
        {...options}
      />,
    )
    const disqualification = section('Disqualification')
    expect(fieldText(disqualification, 'Triggered by')).toBe('What is your budget? (budget)')
    expect(fieldText(disqualification, 'Answer')).toBe('< $1,000')
    expect(fieldText(disqualification, 'Evaluated')).toBe('3 days ago · May 8, 2026, 2:20 PM UTC')
    expect(fieldText(disqualification, 'Booking link')).toBe('850e8400-e29b-41d4-a716-446655440003')
    expect(fieldText(disqualification, 'rule_id')).toBe('rule_3')
    rerender(<LeadDetailPanel lead={LEAD} {...options} />)
    expect(screen.queryByRole('group', { name: 'Disqualification' })).toBeNull()
  })

  it('renders values of the wrong type as text instead of crashing', () => {
    const weird = {
      id: 'weird',
      full_name: 42,
      company: { name: 'Nested' },
      email: 'javascript:alert(1)',
      phone: '<img src=x onerror=alert(1)>',
      status: { bad: true },
      created_at: 'yesterday-ish',
      updated_at: 12,
      notes: 'not a list',
      metadata: [1, 2, 3],
      source: 'google',
      total_paid_cents: 'lots',
      payment_status: 7,
      disqualification_data: 'yes',
      '<script>': '<script>alert(1)</script>',
    } as unknown as typeof LEAD
    const { container } = render(<LeadDetailPanel lead={weird} {...options} />)
    expect(title().textContent).toBe('42')
    expect(screen.getByText('{"name":"Nested"}')).toBeTruthy()
    expect(screen.getByText('javascript:alert(1)').tagName).not.toBe('A')
    expect(screen.getByText('yesterday-ish')).toBeTruthy()
    expect(fieldText(section('Payments'), 'Total paid')).toBe('—')
    expect(fieldText(section('Other fields'), '<script>')).toBe('<script>alert(1)</script>')
    expectInert(container)
  })

  it('shows "No lead selected" without a lead', () => {
    render(<LeadDetailPanel />)
    expect(title().textContent).toBe('No lead selected')
  })
})

describe('LeadDetailPanel with an Octanist lead', () => {
  it('shows value, consent flags, Google Ads campaign, label, custom fields and attribution', () => {
    render(<LeadDetailPanel octanistLead={OCTANIST_LEAD} {...options} />)
    expect(title().textContent).toBe('Grace Hopper')
    expect(screen.getByText('Qualified', { selector: '.aura-badge' })).toBeTruthy()
    const details = section('Details')
    expect(fieldText(details, 'Value')).toBe('$1,250.50')
    expect(fieldText(details, 'Label')).toBe('label_hot')
    expect(fieldText(details, 'Conversion')).toBe('Demo request')
    expect(within(details).getByRole('link', { name: 'https://grace.example' })).toBeTruthy()
    const consent = section('Consent')
    expect(fieldText(consent, 'Ad storage')).toBe('Granted')
    expect(fieldText(consent, 'Ad user data')).toBe('Denied')
    expect(fieldText(consent, 'Analytics storage')).toBe('Not recorded')
    const ads = section('Google Ads')
    expect(fieldText(ads, 'Campaign')).toBe('spring-2026 | Search')
    expect(fieldText(ads, 'Campaign id')).toBe('12345678901')
    expect(fieldText(ads, 'Ad group')).toBe('Brand Keywords')
    expect(fieldText(section('Custom fields'), 'employees')).toBe('11-50')
    expect(section('Note').textContent).toContain('Wants a demo next week')
    expect(fieldText(section('Google'), 'gclid')).toBe('Cj0KCQjw-oct')
    expect(fieldText(section('Meta'), 'fbc')).toBe('fb.1.123.IwAR')
    expect(fieldText(section('Attribution'), 'Source')).toBe('google')
    expect(fieldText(section('Other fields'), 'selectedConversionEventId')).toBe('conv_123')
    const header = title().closest('header') as HTMLElement
    expect(fieldText(header, 'Qualified')).toContain('2 days ago')
    expect(within(header).queryByText('Expires', { selector: 'dt' })).toBeNull()
  })

  it('renders a hostile Octanist lead as text', () => {
    const { container } = render(
      <LeadDetailPanel
        octanistLead={{
          ...OCTANIST_LEAD,
          name: '<script>alert(1)</script> Mallory',
          website: 'javascript:alert(1)',
          custom: '{not json',
          value: Number.NaN,
          note: '<script>alert(1)</script>',
        }}
        {...options}
      />,
    )
    expect(title().textContent).toBe('<script>alert(1)</script> Mallory')
    expect(fieldText(section('Details'), 'Website')).toBe('javascript:alert(1)')
    expect(fieldText(section('Details'), 'Value')).toBe('—')
    expect(fieldText(section('Custom fields'), 'custom')).toBe('{not json')
    expectInert(container)
  })
})

describe('LeadDetailPanel frame', () => {
  it('forwards its ref to the themed root', () => {
    let root: HTMLDivElement | null = null
    render(
      <LeadDetailPanel
        ref={(node) => {
          root = node
        }}
        lead={LEAD}
        appearance={{ theme: 'dark' }}
        className="host-class"
      />,
    )
    expect(root).toBeInstanceOf(HTMLDivElement)
    expect((root as HTMLDivElement | null)?.className).toBe('aura-root host-class')
    expect((root as HTMLDivElement | null)?.dataset.theme).toBe('dark')
  })
})
