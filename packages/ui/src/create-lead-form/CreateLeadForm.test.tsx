import type { Lead } from '@aura-kit/client'
import { leadKeys, useLeads } from '@aura-kit/hooks'
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { AuraKitProvider } from '../kit/AuraKitProvider.tsx'
import { de } from '../messages/de/index.ts'
import { setupMockServer } from '../test-utils/mockServer.ts'
import { renderWithProvider } from '../test-utils/render.tsx'
import { CreateLeadForm } from './CreateLeadForm.tsx'

const harness = setupMockServer()
const posts = () => harness.requests.filter((request) => request.method === 'POST')
const viewerZone = Intl.DateTimeFormat().resolvedOptions().timeZone

const textbox = (name: string) => screen.getByRole('textbox', { name })
const timezoneInput = () => screen.getByRole('combobox', { name: 'Time zone' })
const submitButton = () => screen.getByRole('button', { name: 'Create lead' })
const form = () => screen.getByRole('form', { name: 'New lead' })

type User = ReturnType<typeof userEvent.setup>

async function replace(user: User, input: HTMLElement, text: string) {
  await user.clear(input)
  if (text !== '') {
    await user.type(input, text)
  }
}

const describedBy = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' | ')

function expectInvalid(input: HTMLElement, message: string) {
  expect(input.getAttribute('aria-invalid')).toBe('true')
  expect(describedBy(input)).toContain(message)
}

/** Holds every POST until the returned function is called. */
function holdPosts(): () => void {
  const handle = harness.api.handle.bind(harness.api)
  let release = () => {}
  const gate = new Promise<void>((resolve) => {
    release = resolve
  })
  vi.spyOn(harness.api, 'handle').mockImplementation(async (request) => {
    if (request.method === 'POST') {
      await gate
    }
    return handle(request)
  })
  return release
}

/** The first row of the cached `useLeads({ limit: 10 })` list, as text. */
function FirstLead() {
  const leads = useLeads({ limit: 10 })
  return <output aria-label="First lead">{leads.isSuccess ? leads.rows[0]?.email : ''}</output>
}

describe('CreateLeadForm', () => {
  it('labels every control, marks email required and defaults to the viewer zone', () => {
    renderWithProvider(<CreateLeadForm />)
    expect(textbox('Email').hasAttribute('required')).toBe(true)
    for (const name of ['Full name', 'Phone', 'Company']) {
      expect(textbox(name)).toBeTruthy()
    }
    expect(timezoneInput()).toHaveProperty('value', viewerZone)
    const list = document.getElementById(timezoneInput().getAttribute('list') ?? '')
    const zones = [...(list?.querySelectorAll('option') ?? [])].map((option) => option.value)
    expect(zones).toContain('America/New_York')
    expect(zones).toContain('UTC')
    expect(screen.getByRole('button', { name: 'Attribution' }).getAttribute('aria-expanded')).toBe(
      'false',
    )
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull()
  })

  it('requires an email: inline error, aria wiring, focus, and nothing sent', async () => {
    const user = userEvent.setup()
    renderWithProvider(<CreateLeadForm />)
    await user.click(submitButton())
    const email = textbox('Email')
    expectInvalid(email, 'Email is required')
    expect(document.activeElement).toBe(email)
    expect(posts()).toHaveLength(0)
  })

  it('rejects a bad email with the client validation message, and clears it once fixed', async () => {
    const user = userEvent.setup()
    renderWithProvider(<CreateLeadForm />)
    await user.type(textbox('Email'), 'ada@example')
    await user.keyboard('{Enter}')
    expectInvalid(textbox('Email'), 'Email must be a valid email address')
    await user.type(textbox('Email'), '.com')
    expect(textbox('Email').hasAttribute('aria-invalid')).toBe(false)
    expect(posts()).toHaveLength(0)
  })

  it('rejects a phone without a country code, then normalises a friendly one', async () => {
    const user = userEvent.setup()
    const onCreated = vi.fn()
    renderWithProvider(<CreateLeadForm onCreated={onCreated} />)
    await user.type(textbox('Email'), 'ada@example.com')
    await user.type(textbox('Phone'), '(415) 555-2671')
    await user.click(submitButton())
    expectInvalid(textbox('Phone'), 'Phone must be in E.164 format')
    expect(document.activeElement).toBe(textbox('Phone'))
    expect(posts()).toHaveLength(0)

    await replace(user, textbox('Phone'), '+1 (415) 555-2671')
    expect(textbox('Phone').hasAttribute('aria-invalid')).toBe(false)
    expect(describedBy(textbox('Phone'))).toContain('Saved as +14155552671')
    await user.click(submitButton())
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1))
    expect(onCreated.mock.calls[0]?.[0]).toMatchObject({ phone: '+14155552671' })
  })

  it('turns a leading 00 and a (0) trunk prefix into E.164', async () => {
    const user = userEvent.setup()
    const onCreated = vi.fn()
    renderWithProvider(<CreateLeadForm onCreated={onCreated} />)
    await user.type(textbox('Email'), 'ada@example.com')
    await user.type(textbox('Phone'), '0044 (0)20 7946-0958')
    expect(describedBy(textbox('Phone'))).toContain('Saved as +442079460958')
    await user.keyboard('{Enter}')
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1))
    expect(onCreated.mock.calls[0]?.[0]).toMatchObject({ phone: '+442079460958' })
  })

  it('rejects a time zone that is not an IANA name', async () => {
    const user = userEvent.setup()
    renderWithProvider(<CreateLeadForm />)
    await user.type(textbox('Email'), 'ada@example.com')
    await replace(user, timezoneInput(), 'Mars/Olympus_Mons')
    await user.click(submitButton())
    expectInvalid(timezoneInput(), 'Time zone must be an IANA time zone')
    expect(document.activeElement).toBe(timezoneInput())

    await replace(user, timezoneInput(), '+01:00')
    await user.click(submitButton())
    expectInvalid(timezoneInput(), 'Time zone must be an IANA time zone')
    expect(posts()).toHaveLength(0)
  })

  it('focuses the first invalid field in form order', async () => {
    const user = userEvent.setup()
    renderWithProvider(<CreateLeadForm />)
    await user.type(textbox('Phone'), 'nope')
    await replace(user, timezoneInput(), 'Nowhere')
    await user.click(submitButton())
    expect(document.activeElement).toBe(textbox('Email'))
    expectInvalid(textbox('Phone'), 'Phone must be')
    expectInvalid(timezoneInput(), 'Time zone must be')

    await user.type(textbox('Email'), 'ada@example.com')
    await user.click(submitButton())
    expect(document.activeElement).toBe(textbox('Phone'))
  })

  it('creates the lead: onCreated, top of the cached list, reset and focus for the next one', async () => {
    const user = userEvent.setup()
    const onCreated = vi.fn()
    const { queryClient } = renderWithProvider(
      <>
        <FirstLead />
        <CreateLeadForm onCreated={onCreated} />
      </>,
    )
    const firstLead = screen.getByRole('status', { name: 'First lead' })
    await waitFor(() => expect(firstLead.textContent).not.toBe(''))

    await user.type(textbox('Email'), 'ada@example.com')
    await user.type(textbox('Full name'), 'Ada Lovelace')
    await user.type(textbox('Company'), 'Analytical Engines')
    await replace(user, timezoneInput(), 'Europe/London')
    await user.click(submitButton())

    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1))
    const lead: Lead = onCreated.mock.calls[0]?.[0]
    expect(lead).toMatchObject({
      email: 'ada@example.com',
      full_name: 'Ada Lovelace',
      company: 'Analytical Engines',
      timezone: 'Europe/London',
      status: 'new',
    })
    expect(harness.api.db.findLead(lead.id)).toBeTruthy()
    await waitFor(() => expect(firstLead.textContent).toBe('ada@example.com'))
    const [list] = queryClient.getQueriesData<{ pages: Array<{ data: Lead[] }> }>({
      queryKey: leadKeys.lists(),
    })
    expect(list?.[1]?.pages[0]?.data[0]?.id).toBe(lead.id)

    expect(screen.getByText(/^Created/).textContent).toBe('Created Ada Lovelace.')
    expect(textbox('Email')).toHaveProperty('value', '')
    expect(textbox('Full name')).toHaveProperty('value', '')
    expect(timezoneInput()).toHaveProperty('value', viewerZone)
    expect(document.activeElement).toBe(textbox('Email'))
  })

  it('keeps the values after success when resetOnSuccess is false', async () => {
    const user = userEvent.setup()
    const onCreated = vi.fn()
    renderWithProvider(<CreateLeadForm onCreated={onCreated} resetOnSuccess={false} />)
    await user.type(textbox('Email'), 'ada@example.com')
    await user.click(submitButton())
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1))
    expect(textbox('Email')).toHaveProperty('value', 'ada@example.com')
  })

  it('keeps every typed value on a server 500 and shows the message and request id', async () => {
    const user = userEvent.setup()
    const onCreated = vi.fn()
    harness.api.setFaults([{ path: '/v1/leads', method: 'POST', status: 500 }])
    renderWithProvider(<CreateLeadForm onCreated={onCreated} />)
    const typed = {
      Email: 'ada@example.com',
      'Full name': 'Ada Lovelace',
      Phone: '+44 20 7946 0958',
      Company: 'Analytical Engines',
      'UTM source': 'newsletter',
      'UTM campaign': 'spring-2026',
    }
    await user.click(screen.getByRole('button', { name: 'Attribution' }))
    for (const [name, value] of Object.entries(typed)) {
      await user.type(textbox(name), value)
    }
    await replace(user, timezoneInput(), 'Europe/London')
    await user.click(submitButton())

    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('Injected fault: HTTP 500')
    expect(alert.textContent).toMatch(/Request id: req_[0-9a-f]+/)
    expect(document.activeElement).toBe(alert)
    expect(onCreated).not.toHaveBeenCalled()
    for (const [name, value] of Object.entries(typed)) {
      expect(textbox(name)).toHaveProperty('value', value)
    }
    expect(timezoneInput()).toHaveProperty('value', 'Europe/London')
    expect(submitButton().hasAttribute('disabled')).toBe(false)

    // The same values go through once the server recovers.
    harness.api.setFaults([])
    await user.click(submitButton())
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1))
    expect(onCreated.mock.calls[0]?.[0]).toMatchObject({
      phone: '+442079460958',
      metadata: { utmSource: 'newsletter', utmCampaign: 'spring-2026' },
      source: { utm_source: 'newsletter', utm_campaign: 'spring-2026' },
    })
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('shows a 400 that names no field in the alert', async () => {
    const user = userEvent.setup()
    harness.api.setFaults([{ path: '/v1/leads', method: 'POST', status: 400 }])
    renderWithProvider(<CreateLeadForm />)
    await user.type(textbox('Email'), 'ada@example.com')
    await user.click(submitButton())
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('Injected fault: HTTP 400')
    expect(alert.textContent).toMatch(/Request id: req_/)
    expect(textbox('Email')).toHaveProperty('value', 'ada@example.com')
    expect(textbox('Email').hasAttribute('aria-invalid')).toBe(false)
  })

  it('puts a 400 that names a field on that field', async () => {
    const user = userEvent.setup()
    // The mock validates exactly like the client, so no input the form sends gets a field 400
    // from it; answer one the way a stricter server would.
    const handle = harness.api.handle.bind(harness.api)
    vi.spyOn(harness.api, 'handle').mockImplementation((request) =>
      request.method === 'POST'
        ? Promise.resolve(
            Response.json(
              {
                success: false,
                error: 'email already belongs to another lead',
                code: 'VALIDATION_ERROR',
                requestId: 'req_duplicate',
              },
              { status: 400 },
            ),
          )
        : handle(request),
    )
    renderWithProvider(<CreateLeadForm />)
    await user.type(textbox('Email'), 'ada@example.com')
    await user.type(textbox('Company'), 'Acme')
    await user.click(submitButton())
    await waitFor(() => expectInvalid(textbox('Email'), 'Email already belongs to another lead'))
    expect(document.activeElement).toBe(textbox('Email'))
    expect(textbox('Company')).toHaveProperty('value', 'Acme')
    expect(screen.queryByRole('alert')).toBeNull()
    // Editing the field clears the server's complaint.
    await user.type(textbox('Email'), 'm')
    expect(textbox('Email').hasAttribute('aria-invalid')).toBe(false)
  })

  it('sends exactly one POST for a double click, a double Enter and a double submit', async () => {
    const user = userEvent.setup()
    const onCreated = vi.fn()
    const release = holdPosts()
    renderWithProvider(<CreateLeadForm onCreated={onCreated} />)
    await user.type(textbox('Email'), 'ada@example.com')

    // Both events land before React re-renders with the pending state.
    act(() => {
      fireEvent.submit(form())
      fireEvent.submit(form())
    })
    await user.keyboard('{Enter}{Enter}')
    await user.dblClick(screen.getByRole('button', { name: 'Creating…' }))
    expect(form().getAttribute('aria-busy')).toBe('true')
    expect(screen.getByRole('button', { name: 'Creating…' }).hasAttribute('disabled')).toBe(true)
    expect(textbox('Email').hasAttribute('readonly')).toBe(true)

    release()
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1))
    expect(posts()).toHaveLength(1)
    expect(form().hasAttribute('aria-busy')).toBe(false)
  })

  it('works from the keyboard alone, Attribution included', async () => {
    const user = userEvent.setup()
    const onCreated = vi.fn()
    renderWithProvider(<CreateLeadForm onCreated={onCreated} onCancel={() => {}} />)
    await user.tab()
    expect(document.activeElement).toBe(textbox('Email'))
    await user.keyboard('ada@example.com')
    await user.tab()
    await user.keyboard('Ada')
    await user.tab()
    await user.keyboard('+14155552671')
    await user.tab()
    await user.tab()
    expect(document.activeElement).toBe(timezoneInput())
    await user.tab()
    const trigger = screen.getByRole('button', { name: 'Attribution' })
    expect(document.activeElement).toBe(trigger)
    await user.keyboard('{Enter}')
    expect(trigger.getAttribute('aria-expanded')).toBe('true')
    const group = screen.getByRole('group', { name: 'Attribution' })
    await user.tab()
    expect(document.activeElement).toBe(within(group).getByRole('textbox', { name: 'UTM source' }))
    await user.keyboard('linkedin')
    await user.tab()
    await user.keyboard('social{Enter}')

    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1))
    expect(onCreated.mock.calls[0]?.[0]).toMatchObject({
      email: 'ada@example.com',
      full_name: 'Ada',
      metadata: { utmSource: 'linkedin', utmMedium: 'social' },
    })
  })

  it('starts from defaultValues, sends hidden metadata keys and calls onCancel', async () => {
    const user = userEvent.setup()
    const onCreated = vi.fn()
    const onCancel = vi.fn()
    renderWithProvider(
      <CreateLeadForm
        onCreated={onCreated}
        onCancel={onCancel}
        defaultValues={{
          email: 'grace@example.com',
          fullName: '<script>alert(1)</script> \u202EGrace',
          timezone: null,
          metadata: { utmSource: 'partner', gclid: 'gclid-123' },
        }}
      />,
    )
    expect(textbox('Full name')).toHaveProperty('value', '<script>alert(1)</script> \u202EGrace')
    expect(document.querySelector('script')).toBeNull()
    expect(timezoneInput()).toHaveProperty('value', '')
    const trigger = screen.getByRole('button', { name: 'Attribution (1 set)' })
    expect(trigger.getAttribute('aria-expanded')).toBe('true')
    expect(textbox('UTM source')).toHaveProperty('value', 'partner')

    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(onCancel).toHaveBeenCalledTimes(1)

    await user.click(submitButton())
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1))
    const lead: Lead = onCreated.mock.calls[0]?.[0]
    expect(lead.timezone).toBeNull()
    expect(lead.metadata).toMatchObject({ utmSource: 'partner', gclid: 'gclid-123' })
    // Reset goes back to the defaults, not to empty.
    expect(textbox('Email')).toHaveProperty('value', 'grace@example.com')
  })

  describe('in German', () => {
    it('labels, hints and buttons come from the kit messages', async () => {
      const user = userEvent.setup()
      renderWithProvider(
        <AuraKitProvider messages={de}>
          <CreateLeadForm onCancel={() => {}} defaultValues={{ metadata: { utmSource: 'x' } }} />
        </AuraKitProvider>,
      )
      const german = screen.getByRole('form', { name: 'Neuer Lead' })
      expect(german.closest('.aura-root')?.getAttribute('lang')).toBe('de')
      expect(textbox('E-Mail').hasAttribute('required')).toBe(true)
      for (const name of ['Vollständiger Name', 'Telefon', 'Firma', 'UTM-Quelle']) {
        expect(textbox(name)).toHaveProperty('tagName', 'INPUT')
      }
      expect(describedBy(textbox('Telefon'))).toBe(de.createForm.phoneHint)
      expect(describedBy(screen.getByRole('combobox', { name: 'Zeitzone' }))).toBe(
        de.createForm.timezoneSearchHint,
      )
      await user.type(textbox('Telefon'), '0044 20 7946 0958')
      expect(describedBy(textbox('Telefon'))).toBe('Wird gespeichert als +442079460958')
      const trigger = screen.getByRole('button', { name: 'Herkunft (1 Feld ausgefüllt)' })
      expect(trigger.getAttribute('aria-expanded')).toBe('true')
      expect(screen.getByRole('group', { name: 'Herkunft' })).toHaveProperty('tagName', 'DIV')
      expect(screen.getByRole('button', { name: 'Abbrechen' })).toHaveProperty('type', 'button')
      expect(screen.getByRole('button', { name: 'Lead anlegen' })).toHaveProperty('type', 'submit')
    })

    it('words the client checks in German, and re-words shown errors when the language changes', async () => {
      const user = userEvent.setup()
      const { rerender } = renderWithProvider(<CreateLeadForm messages={de} />)
      await user.type(textbox('Telefon'), 'nope')
      await user.click(screen.getByRole('button', { name: 'Lead anlegen' }))
      expectInvalid(textbox('E-Mail'), 'E-Mail ist erforderlich')
      expectInvalid(textbox('Telefon'), 'Telefon muss im Format E.164 angegeben werden')
      expect(posts()).toHaveLength(0)

      rerender(<CreateLeadForm />)
      expectInvalid(textbox('Email'), 'Email is required')
      expectInvalid(textbox('Phone'), 'Phone must be in E.164 format')
      expect(textbox('Phone')).toHaveProperty('value', 'nope')
    })

    it("keeps the typed values on a server error, with the server's text under a German heading", async () => {
      const user = userEvent.setup()
      harness.api.setFaults([{ path: '/v1/leads', method: 'POST', status: 500 }])
      renderWithProvider(<CreateLeadForm messages={de} />)
      await user.type(textbox('E-Mail'), 'ada@example.com')
      await user.type(textbox('Firma'), 'Analytical Engines')
      await user.click(screen.getByRole('button', { name: 'Lead anlegen' }))
      const alert = await screen.findByRole('alert')
      expect(alert.querySelector('strong')?.textContent).toBe(
        'Der Lead konnte nicht angelegt werden',
      )
      expect(alert.textContent).toContain('Injected fault: HTTP 500')
      expect(alert.textContent).toMatch(/Anfrage-ID: req_[0-9a-f]+/)
      expect(textbox('E-Mail')).toHaveProperty('value', 'ada@example.com')
      expect(textbox('Firma')).toHaveProperty('value', 'Analytical Engines')
    })

    it('announces the created lead in German', async () => {
      const user = userEvent.setup()
      const onCreated = vi.fn()
      renderWithProvider(<CreateLeadForm messages={de} onCreated={onCreated} />)
      await user.type(textbox('E-Mail'), 'ada@example.com')
      await user.type(textbox('Vollständiger Name'), 'Ada Lovelace')
      await user.click(screen.getByRole('button', { name: 'Lead anlegen' }))
      await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1))
      expect(screen.getByRole('status').textContent).toBe('Ada Lovelace wurde angelegt.')
      expect(screen.getByRole('status').querySelector('bdi')?.textContent).toBe('Ada Lovelace')
    })
  })
})
