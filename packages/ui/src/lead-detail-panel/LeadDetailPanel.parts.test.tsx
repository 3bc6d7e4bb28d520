import type { Lead, OctanistLead } from '@aura-kit/client'
import { QueryClient } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { createRef } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { AuraKitProvider } from '../kit/AuraKitProvider.tsx'
import { de } from '../messages/de/index.ts'
import { en } from '../messages/en/index.ts'
import { useLeadDetail } from './LeadDetailContext.tsx'
import { LeadDetailPanel } from './LeadDetailPanel.tsx'
import { LeadDetailSheet } from './LeadDetailSheet.tsx'

const NOW = Date.parse('2026-05-11T14:23:11.000Z')

/** A lead that fills every Aura part, with data that is not English. */
const LEAD: Lead = {
  id: '550e8400-e29b-41d4-a716-446655440000',
  full_name: 'Jana Müller',
  company: 'Müller GmbH',
  email: 'jana@example.de',
  phone: '+49 30 1234567',
  status: 'disqualified',
  timezone: 'America/New_York',
  created_at: '2026-05-08T14:23:11.000Z',
  updated_at: '2026-05-11T13:23:11.000Z',
  payment_count: 2,
  payment_status: 'partial',
  total_paid_cents: 1_250_000,
  last_payment_at: '2026-05-10T14:23:11.000Z',
  disqualification_data: {
    booking_link_id: '850e8400-e29b-41d4-a716-446655440003',
    evaluated_at: '2026-05-08T14:20:11.000Z',
    triggering_field: { key: 'budget', label: 'Budget?', value: true },
    rule_id: 'regel_3',
  },
  notes: [
    { content: 'Erstes Gespräch', created_at: '2026-05-08T15:00:00Z', user_id: 'user_1' },
    { content: 'Angebot gesendet', created_at: '2026-05-09T10:00:00Z', user_id: 'user_2' },
    { content: 'Ohne Datum', created_at: null, user_id: null },
  ],
  source: { referrer: 'https://www.google.de/' },
  metadata: {
    utmSource: 'google',
    utmMedium: 'cpc',
    utmCampaign: 'fruehling',
    gclid: 'Cj0KCQjw',
    fbclid: 'IwAR',
    hyclid: 'hy-1',
    landingPage: 'https://example.de/start',
    city: 'Berlin',
    countryCode: 'DE',
    userAgent:
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/137.0.0.0 Safari/537.36',
    screenWidth: 1920,
    screenHeight: 1080,
    language: 'de-DE',
    dataConsentAcceptedAt: '2026-05-08T14:20:11.000Z',
    partner: 'partner-a',
    setterCode: 'SET-1',
    newsletter: false,
  },
  assigned_to_id: 'user_1',
  crm_sync: true,
}

const OCTANIST_LEAD: OctanistLead = {
  id: 'lead_abc123',
  name: 'Grace Hopper',
  email: 'grace@example.com',
  phone: null,
  status: 'qualified',
  value: 1250.5,
  note: 'Möchte eine Demo',
  custom: '{"mitarbeiter":"11-50"}',
  conversionName: 'Demo',
  source: 'gtm',
  website: 'https://grace.example',
  gclid: 'Cj0KCQjw-oct',
  utm_source: 'google',
  ad_storage: true,
  ad_user_data: false,
  labelId: 'label_hot',
  createdAt: '2026-05-08T14:23:11.000Z',
  updatedAt: '2026-05-09T14:23:11.000Z',
  googleAdsCampaignName: 'Frühling | Suche',
}

const options = { locale: 'en-US', timeZone: 'UTC', now: NOW } as const
/** The names of the part sections in `scope`, in order (heading, else aria-label). */
const groupNames = (scope: HTMLElement) =>
  [...scope.querySelectorAll('section[role="group"]')].map(
    (group) => group.querySelector('h3')?.textContent ?? group.getAttribute('aria-label'),
  )

/** A section of the host's own, reading the lead from the root. */
function HostSection() {
  const detail = useLeadDetail()
  return (
    <section aria-label="Host section">
      {detail.source === 'aura' ? `Host sees ${detail.lead.id}` : 'Octanist'}
    </section>
  )
}

describe('LeadDetailPanel parts', () => {
  it('compose in the host order: hidden parts are left out, a host section goes in between', () => {
    const { container } = render(
      <LeadDetailPanel.Root lead={LEAD} {...options}>
        <LeadDetailPanel.Header />
        <LeadDetailPanel.Notes />
        <HostSection />
        <LeadDetailPanel.Payments />
      </LeadDetailPanel.Root>,
    )
    const article = screen.getByRole('article', { name: 'Lead details' })
    expect([...article.children].map((child) => child.tagName)).toEqual([
      'HEADER',
      'SECTION',
      'SECTION',
      'SECTION',
    ])
    expect(groupNames(container)).toEqual(['Notes', 'Payments'])
    expect(screen.getByRole('region', { name: 'Host section' }).textContent).toBe(
      `Host sees ${LEAD.id}`,
    )
    expect(screen.queryByRole('group', { name: 'Attribution' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Copy email' })).toBeNull()
  })

  it('forward refs to their one element and spread the host props onto it', async () => {
    const user = userEvent.setup()
    const root = createRef<HTMLDivElement>()
    const header = createRef<HTMLElement>()
    const notes = createRef<HTMLElement>()
    const contact = createRef<HTMLElement>()
    const onClick = vi.fn()
    render(
      <LeadDetailPanel.Root ref={root} lead={LEAD} {...options} className="host-root" id="panel">
        <LeadDetailPanel.Header ref={header} className="host-header" data-host="header" />
        <LeadDetailPanel.Contact ref={contact} aria-describedby="panel" />
        <LeadDetailPanel.Notes ref={notes} className="host-notes" onClick={onClick} />
      </LeadDetailPanel.Root>,
    )
    expect(root.current?.className).toBe('aura-root host-root')
    expect(root.current?.id).toBe('panel')
    expect(header.current?.tagName).toBe('HEADER')
    expect(header.current?.className).toBe('aura-panel-header host-header')
    expect(header.current?.dataset.host).toBe('header')
    expect(contact.current?.getAttribute('aria-describedby')).toBe('panel')
    expect(notes.current).toBe(screen.getByRole('group', { name: 'Notes' }))
    expect(notes.current?.className).toBe('aura-panel-section aura-notes host-notes')
    await user.click(within(notes.current as HTMLElement).getByText('Erstes Gespräch'))
    expect(onClick).toHaveBeenCalledTimes(1)
  })

  it('take asChild: the host element becomes the part, keeping its class and content', () => {
    const ref = createRef<HTMLElement>()
    render(
      <LeadDetailPanel.Root lead={LEAD} {...options}>
        <LeadDetailPanel.Notes asChild ref={ref}>
          <article className="host-card" />
        </LeadDetailPanel.Notes>
        <LeadDetailPanel.Payments asChild>
          <aside>
            <p>Paid by invoice</p>
          </aside>
        </LeadDetailPanel.Payments>
        <LeadDetailPanel.Header asChild>
          <div className="host-header" />
        </LeadDetailPanel.Header>
      </LeadDetailPanel.Root>,
    )
    const notes = screen.getByRole('group', { name: 'Notes' })
    expect(notes.tagName).toBe('ARTICLE')
    expect(notes).toBe(ref.current)
    expect(notes.className).toBe('aura-panel-section aura-notes host-card')
    expect(within(notes).getAllByRole('listitem')).toHaveLength(3)

    const payments = screen.getByRole('group', { name: 'Payments' })
    expect(payments.tagName).toBe('ASIDE')
    expect(payments.textContent).toBe('PaymentsPaid by invoice')

    const heading = screen.getByRole('heading', { level: 2 })
    expect(heading.closest('div.aura-panel-header.host-header')).toBeTruthy()
    expect(heading.textContent).toBe('Jana Müller')
  })

  it('children replace a part’s content and `heading` its title; the element stays', () => {
    render(
      <LeadDetailPanel.Root lead={LEAD} {...options}>
        <LeadDetailPanel.Header>
          <p>Own facts</p>
        </LeadDetailPanel.Header>
        <LeadDetailPanel.Attribution heading="Where they came from">
          <p>Own attribution</p>
        </LeadDetailPanel.Attribution>
        <LeadDetailPanel.Other heading="Extras" />
      </LeadDetailPanel.Root>,
    )
    const header = screen.getByRole('banner')
    expect(within(header).getByRole('heading', { level: 2 }).textContent).toBe('Jana Müller')
    expect(within(header).getByText('Own facts')).toBeTruthy()
    expect(within(header).queryByText('Created')).toBeNull()
    const attribution = screen.getByRole('group', { name: 'Where they came from' })
    expect(attribution.textContent).toBe('Where they came fromOwn attribution')
    expect(within(screen.getByRole('group', { name: 'Extras' })).getByText('crm_sync')).toBeTruthy()
  })

  it('render nothing when they have nothing to show, unless the host gives content', () => {
    const bare: Lead = { id: 'bare', full_name: 'Bare', status: 'new' }
    const { container } = render(
      <LeadDetailPanel.Root lead={bare} {...options}>
        <LeadDetailPanel.Contact />
        <LeadDetailPanel.Payments />
        <LeadDetailPanel.Disqualification />
        <LeadDetailPanel.Attribution />
        <LeadDetailPanel.Other />
        <LeadDetailPanel.Details />
        <LeadDetailPanel.Payments heading="Billing">
          <p>Nothing billed yet</p>
        </LeadDetailPanel.Payments>
      </LeadDetailPanel.Root>,
    )
    expect(groupNames(container)).toEqual(['Billing'])
    expect(screen.getByRole('article').children).toHaveLength(1)
  })

  it('apply to an Octanist lead where they make sense', () => {
    const { container } = render(
      <LeadDetailPanel.Root octanistLead={OCTANIST_LEAD} {...options}>
        <LeadDetailPanel.Header />
        <LeadDetailPanel.Contact />
        <LeadDetailPanel.Payments />
        <LeadDetailPanel.Disqualification />
        <LeadDetailPanel.Notes />
        <LeadDetailPanel.Details />
        <LeadDetailPanel.Attribution />
      </LeadDetailPanel.Root>,
    )
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Grace Hopper')
    expect(screen.getByRole('button', { name: 'Copy email' })).toBeTruthy()
    expect(groupNames(container)).toEqual(['Contact', 'Note', 'Details', 'Attribution'])
    expect(screen.getByRole('group', { name: 'Note' }).textContent).toContain('Möchte eine Demo')
  })

  it('throw a message naming the root when used outside one', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => render(<LeadDetailPanel.Notes />)).toThrow(
      'LeadDetailPanel parts must be rendered inside <LeadDetailPanel.Root>.',
    )
  })
})

/** Every string of the English catalogue the panel may show that German words differently. */
function englishOnlyStrings(): string[] {
  const strings = (section: Record<string, unknown>) =>
    Object.values(section).filter((value): value is string => typeof value === 'string')
  const english = [
    ...strings(en.leadPanel),
    ...strings(en.common),
    ...strings(en.statuses.lead),
    ...strings(en.statuses.payment),
    ...strings(en.statuses.octanist),
  ]
  const german = new Set([
    ...strings(de.leadPanel),
    ...strings(de.common),
    ...strings(de.statuses.lead),
    ...strings(de.statuses.payment),
    ...strings(de.statuses.octanist),
  ])
  return english.filter((text) => !german.has(text))
}

/** The panel's own words: labels, headings, buttons, states and accessible names. */
function panelWords(scope: HTMLElement): string[] {
  const labels = [
    ...scope.querySelectorAll('h2, h3, h4, dt, button, .aura-badge, .aura-click-platform-name'),
  ].map((element) => element.textContent ?? '')
  const names = [...scope.querySelectorAll('[aria-label]')].map(
    (element) => element.getAttribute('aria-label') ?? '',
  )
  return [...labels, ...names]
}

describe('LeadDetailPanel in German', () => {
  it('shows no English for a full Aura lead', async () => {
    const user = userEvent.setup()
    const { container } = render(
      <LeadDetailPanel
        lead={LEAD}
        messages={de}
        locale="de-DE"
        timeZone="Europe/Berlin"
        currency="EUR"
        now={NOW}
      />,
    )
    await user.click(screen.getByRole('button', { name: 'E-Mail-Adresse kopieren' }))
    await screen.findByText('E-Mail-Adresse kopiert')
    const text = container.textContent ?? ''
    for (const english of englishOnlyStrings()) {
      expect(panelWords(container)).not.toContain(english)
      if (english.length > 3) {
        expect(text).not.toContain(english)
      }
    }
    expect(text).not.toMatch(/\bago\b|your time|lead's time/)
    expect(screen.getByRole('article', { name: 'Lead-Details' })).toBeTruthy()
    const header = screen.getByRole('banner')
    expect(within(header).getByText('Disqualifiziert', { selector: '.aura-badge' })).toBeTruthy()
    expect(header.textContent).toContain('vor 3 Tagen')
    expect(header.textContent).toContain('(Ihre Zeit)')
    expect(header.textContent).toContain('(Zeit des Leads)')
    const payments = screen.getByRole('group', { name: 'Zahlungen' })
    expect(payments.textContent).toContain('12.500,00\u00a0€')
    expect(payments.textContent).toContain('Teilweise bezahlt')
    const disqualification = screen.getByRole('group', { name: 'Disqualifizierung' })
    expect(within(disqualification).getByText('Ja')).toBeTruthy()
    expect(
      within(screen.getByRole('group', { name: 'Notizen' })).getByText('Unbekannter Verfasser'),
    )
    const attribution = screen.getByRole('group', { name: 'Herkunft' })
    expect(within(attribution).getByRole('group', { name: 'Sonstige' }).textContent).toContain(
      'hyclid',
    )
    expect(within(attribution).getByText('Nein')).toBeTruthy()
    expect(screen.getByRole('group', { name: 'Weitere Felder' }).textContent).toBe(
      'Weitere Feldercrm_syncJa',
    )
  })

  it('shows no English for an Octanist lead, nor in "No lead selected"', () => {
    const { container } = render(
      <>
        <LeadDetailPanel octanistLead={OCTANIST_LEAD} messages={de} locale="de-DE" now={NOW} />
        <LeadDetailPanel messages={de} />
      </>,
    )
    for (const english of englishOnlyStrings()) {
      expect(panelWords(container)).not.toContain(english)
    }
    expect(screen.getByRole('group', { name: 'Einwilligungen' }).textContent).toContain('Erteilt')
    expect(screen.getByText('Kein Lead ausgewählt')).toBeTruthy()
  })
})

describe('people in the panel', () => {
  const names: Record<string, string> = { user_1: 'Maya Chen', user_2: 'Leo Park' }
  const authors = () =>
    within(screen.getByRole('group', { name: 'Notes' }))
      .getAllByRole('listitem')
      .map((item) => item.querySelector('.aura-note-author')?.textContent)
  const assignee = () =>
    within(screen.getByRole('banner')).getByText('Assigned to', { selector: 'dt' })
      .nextElementSibling?.textContent

  it('names note authors and the assignee through a sync resolveUser on the first render', () => {
    render(
      <AuraKitProvider resolveUser={(id) => names[id]}>
        <LeadDetailPanel lead={LEAD} {...options} />
      </AuraKitProvider>,
    )
    expect(authors()).toEqual(['Leo Park', 'Maya Chen', 'Unknown author'])
    expect(assignee()).toBe('Maya Chen')
  })

  it('shows ids until an async resolveUser answers, asking once per person', async () => {
    const resolveUser = vi.fn(async (id: string) => ({ name: names[id] ?? id }))
    render(
      <AuraKitProvider resolveUser={resolveUser} queryClient={new QueryClient()}>
        <LeadDetailPanel lead={LEAD} {...options} />
      </AuraKitProvider>,
    )
    expect(authors()).toEqual(['user_2', 'user_1', 'Unknown author'])
    await waitFor(() => expect(authors()).toEqual(['Leo Park', 'Maya Chen', 'Unknown author']))
    expect(assignee()).toBe('Maya Chen')
    expect(resolveUser.mock.calls.map(([id]) => id).sort()).toEqual(['user_1', 'user_2'])
  })

  it('a resolveUser on the panel overrides the provider’s for that panel', () => {
    render(
      <AuraKitProvider resolveUser={() => 'From provider'}>
        <LeadDetailPanel lead={LEAD} {...options} resolveUser={(id) => names[id]} />
      </AuraKitProvider>,
    )
    expect(authors()).toEqual(['Leo Park', 'Maya Chen', 'Unknown author'])
  })
})

describe('LeadDetailSheet in a kit', () => {
  it('inherits the theme and messages of the kit around it, and takes parts as children', async () => {
    render(
      <AuraKitProvider messages={de} appearance={{ theme: 'dark' }} locale="de-DE">
        <LeadDetailSheet lead={LEAD} open now={NOW}>
          <LeadDetailPanel.Header />
          <LeadDetailPanel.Notes />
        </LeadDetailSheet>
      </AuraKitProvider>,
    )
    const dialog = await screen.findByRole('dialog', { name: 'Jana Müller' })
    expect(dialog.closest('.aura-root')?.getAttribute('data-theme')).toBe('dark')
    expect(dialog.closest('.aura-sheet-root')?.getAttribute('lang')).toBe('de')
    expect(within(dialog).getByRole('button', { name: 'Lead-Details schließen' })).toBeTruthy()
    expect(groupNames(dialog)).toEqual(['Notizen'])
  })
})
