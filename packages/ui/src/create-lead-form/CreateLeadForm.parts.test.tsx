import type { Lead } from '@aura-kit/client'
import { render, screen, waitFor } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { createRef } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { AuraRoot } from '../aura-root/AuraRoot.tsx'
import { de } from '../messages/de/index.ts'
import { setupMockServer } from '../test-utils/mockServer.ts'
import { renderWithProvider } from '../test-utils/render.tsx'
import { CreateLeadForm } from './CreateLeadForm.tsx'

const harness = setupMockServer()
const posts = () => harness.requests.filter((request) => request.method === 'POST')

describe('CreateLeadForm parts', () => {
  it('compose into a form of the host’s own: order, subset, own button, refs and props', async () => {
    const user = userEvent.setup()
    const onCreated = vi.fn()
    const formRef = createRef<HTMLFormElement>()
    const fieldRef = createRef<HTMLDivElement>()
    const statusRef = createRef<HTMLParagraphElement>()
    renderWithProvider(
      <AuraRoot>
        <CreateLeadForm.Root
          ref={formRef}
          onCreated={onCreated}
          label="Quick lead"
          className="host-form"
          data-host="yes"
        >
          <CreateLeadForm.Field name="company" ref={fieldRef} className="host-field" />
          <CreateLeadForm.Field name="email" label="Work email" hint="We never spam." />
          <CreateLeadForm.Status ref={statusRef} />
          <CreateLeadForm.Submit asChild>
            <button type="submit" className="host-button">
              Save
            </button>
          </CreateLeadForm.Submit>
        </CreateLeadForm.Root>
      </AuraRoot>,
    )
    const form = screen.getByRole('form', { name: 'Quick lead' })
    expect(formRef.current).toBe(form)
    expect(form.className).toBe('aura-form host-form')
    expect(form.dataset.host).toBe('yes')
    expect(fieldRef.current?.className).toBe('aura-field host-field')
    const inputs = [...form.querySelectorAll('input')].map((input) => input.name)
    expect(inputs).toEqual(['company', 'email'])
    const email = screen.getByRole('textbox', { name: 'Work email' })
    expect(email.getAttribute('aria-describedby')).toMatch(/-email-hint$/)
    expect(screen.getByText('We never spam.').id).toBe(email.getAttribute('aria-describedby'))

    const save = screen.getByRole('button', { name: 'Save' })
    expect(save.className).toBe('aura-button host-button')
    await user.click(save)
    expect(email.getAttribute('aria-invalid')).toBe('true')
    expect(document.activeElement).toBe(email)

    await user.type(email, 'ada@example.com')
    await user.type(screen.getByRole('textbox', { name: 'Company' }), 'Analytical Engines')
    await user.click(save)
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1))
    const lead: Lead = onCreated.mock.calls[0]?.[0]
    expect(lead).toMatchObject({ email: 'ada@example.com', company: 'Analytical Engines' })
    expect(statusRef.current?.textContent).toBe('Created ada@example.com.')
  })

  it('speak the language of the kit root around them', async () => {
    const user = userEvent.setup()
    harness.api.setFaults([{ path: '/v1/leads', method: 'POST', status: 500 }])
    const alertRef = createRef<HTMLDivElement>()
    renderWithProvider(
      <AuraRoot messages={de}>
        <CreateLeadForm.Root>
          <CreateLeadForm.Field name="email" />
          <CreateLeadForm.Attribution data-testid="attribution" />
          <CreateLeadForm.Alert ref={alertRef} className="host-alert" />
          <CreateLeadForm.Cancel />
          <CreateLeadForm.Submit />
        </CreateLeadForm.Root>
      </AuraRoot>,
    )
    expect(screen.getByRole('form', { name: 'Neuer Lead' })).toHaveProperty('noValidate', true)
    expect(screen.getByRole('button', { name: 'Abbrechen' })).toHaveProperty('type', 'button')
    expect(screen.getByRole('button', { name: 'Herkunft' }).getAttribute('aria-expanded')).toBe(
      'false',
    )
    await user.type(screen.getByRole('textbox', { name: 'E-Mail' }), 'ada@example.com')
    await user.click(screen.getByRole('button', { name: 'Lead anlegen' }))
    const alert = await screen.findByRole('alert')
    expect(alertRef.current).toBe(alert)
    expect(alert.className).toBe('aura-form-alert host-alert')
    expect(document.activeElement).toBe(alert)
    expect(alert.textContent).toContain('Der Lead konnte nicht angelegt werden')
  })

  it('a host onSubmit runs first, and preventDefault() there keeps the lead from being sent', async () => {
    const user = userEvent.setup()
    const onSubmit = vi.fn((event: { preventDefault: () => void }) => event.preventDefault())
    renderWithProvider(
      <AuraRoot>
        <CreateLeadForm.Root onSubmit={onSubmit}>
          <CreateLeadForm.Field name="email" />
          <CreateLeadForm.Submit />
        </CreateLeadForm.Root>
      </AuraRoot>,
    )
    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'ada@example.com')
    await user.click(screen.getByRole('button', { name: 'Create lead' }))
    expect(onSubmit).toHaveBeenCalledTimes(1)
    expect(posts()).toHaveLength(0)
  })

  it('a part outside the Root says which provider it needs', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => render(<CreateLeadForm.Field name="email" />)).toThrow(
      '<CreateLeadForm.Field> must be used inside <CreateLeadForm.Root>.',
    )
    expect(() => render(<CreateLeadForm.Submit />)).toThrow('<CreateLeadForm.Submit>')
  })
})
