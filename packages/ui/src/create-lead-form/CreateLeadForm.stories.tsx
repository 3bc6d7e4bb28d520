import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { AuraRoot } from '../aura-root/AuraRoot.tsx'
import { de } from '../messages/de/index.ts'
import { MockApiProvider, withMockApi } from '../test-utils/MockApiProvider.tsx'
import { withHostileHostCss } from '../test-utils/withHostileHostCss.tsx'
import { CreateLeadForm } from './CreateLeadForm.tsx'

const meta = {
  title: 'Components/CreateLeadForm',
  component: CreateLeadForm,
  decorators: [withMockApi],
  args: { onCreated: fn(), onCancel: fn() },
  argTypes: { defaultValues: { control: 'object' } },
} satisfies Meta<typeof CreateLeadForm>

export default meta
type Story = StoryObj<typeof meta>

const POST_LEADS = { path: '/v1/leads', method: 'POST' }

async function fillAndSubmit(canvasElement: HTMLElement, email = 'ada@example.com') {
  const canvas = within(canvasElement)
  await userEvent.type(canvas.getByRole('textbox', { name: 'Email' }), email)
  await userEvent.type(canvas.getByRole('textbox', { name: 'Full name' }), 'Ada Lovelace')
  await userEvent.type(canvas.getByRole('textbox', { name: 'Phone' }), '+44 (0)20 7946 0958')
  await userEvent.click(canvas.getByRole('button', { name: 'Create lead' }))
  return canvas
}

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = await fillAndSubmit(canvasElement)
    await waitFor(() => expect(args.onCreated).toHaveBeenCalledTimes(1))
    expect(args.onCreated).toHaveBeenCalledWith(
      expect.objectContaining({ email: 'ada@example.com', phone: '+442079460958', status: 'new' }),
    )
    await expect(canvas.getByRole('status')).toHaveTextContent('Created Ada Lovelace.')
    await expect(canvas.getByRole('textbox', { name: 'Email' })).toHaveValue('')
  },
}

export const WithValidationErrors: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await userEvent.type(canvas.getByRole('textbox', { name: 'Email' }), 'ada@example')
    await userEvent.type(canvas.getByRole('textbox', { name: 'Phone' }), '(415) 555-2671')
    const timezone = canvas.getByRole('combobox', { name: 'Time zone' })
    await userEvent.clear(timezone)
    await userEvent.type(timezone, 'Mars/Olympus_Mons')
    await userEvent.click(canvas.getByRole('button', { name: 'Create lead' }))

    const email = canvas.getByRole('textbox', { name: 'Email' })
    await expect(email).toHaveFocus()
    await expect(email).toHaveAttribute('aria-invalid', 'true')
    await expect(email).toHaveAccessibleDescription(/Email must be a valid email address/)
    await expect(canvas.getByRole('textbox', { name: 'Phone' })).toHaveAccessibleDescription(
      /Phone must be in E\.164 format/,
    )
    await expect(timezone).toHaveAccessibleDescription(/Time zone must be an IANA time zone/)
    expect(args.onCreated).not.toHaveBeenCalled()
  },
}

export const ServerError: Story = {
  parameters: { mockApi: { faults: [{ ...POST_LEADS, status: 500 }] } },
  play: async ({ canvasElement, args }) => {
    const canvas = await fillAndSubmit(canvasElement)
    const alert = await canvas.findByRole('alert')
    await expect(alert).toHaveTextContent('Injected fault: HTTP 500')
    await expect(alert).toHaveTextContent(/Request id: req_[0-9a-f]+/)
    await expect(alert).toHaveFocus()
    await expect(canvas.getByRole('textbox', { name: 'Email' })).toHaveValue('ada@example.com')
    await expect(canvas.getByRole('textbox', { name: 'Phone' })).toHaveValue('+44 (0)20 7946 0958')
    expect(args.onCreated).not.toHaveBeenCalled()
  },
}

export const Submitting: Story = {
  parameters: { mockApi: { faults: [{ ...POST_LEADS, latencyMs: 3_600_000 }] } },
  play: async ({ canvasElement }) => {
    const canvas = await fillAndSubmit(canvasElement)
    const button = await canvas.findByRole('button', { name: 'Creating…' })
    await expect(button).toBeDisabled()
    await expect(canvas.getByRole('form', { name: 'New lead' })).toHaveAttribute(
      'aria-busy',
      'true',
    )
  },
}

export const Dark: Story = {
  globals: { theme: 'dark' },
  args: {
    defaultValues: { email: 'grace@example.com', metadata: { utmSource: 'newsletter' } },
  },
  play: async ({ canvasElement }) => {
    const form = within(canvasElement).getByRole('form', { name: 'New lead' })
    expect(form.closest('.aura-root')).toHaveAttribute('data-theme', 'dark')
  },
}

/** The German catalogue through the form's `messages` prop: labels, hints and a client check. */
export const German: Story = {
  args: { messages: de },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('form', { name: 'Neuer Lead' })).toBeVisible()
    await userEvent.type(canvas.getByRole('textbox', { name: 'Telefon' }), '(415) 555-2671')
    await userEvent.click(canvas.getByRole('button', { name: 'Lead anlegen' }))
    const email = canvas.getByRole('textbox', { name: 'E-Mail' })
    await expect(email).toHaveFocus()
    await expect(email).toHaveAccessibleDescription('E-Mail ist erforderlich')
    await expect(canvas.getByRole('textbox', { name: 'Telefon' })).toHaveAccessibleDescription(
      /Telefon muss im Format E\.164 angegeben werden/,
    )
    await expect(canvas.getByRole('button', { name: 'Herkunft' })).toBeVisible()
    expect(args.onCreated).not.toHaveBeenCalled()
  },
}

/** The parts in a host's own layout: two fields side by side, no Attribution, its own button. */
export const Composed: Story = {
  render: (args) => (
    <AuraRoot>
      <CreateLeadForm.Root onCreated={args.onCreated} label="Quick lead">
        <div className="aura-form-grid">
          <CreateLeadForm.Field name="email" label="Work email" />
          <CreateLeadForm.Field name="fullName" />
        </div>
        <CreateLeadForm.Alert />
        <div className="aura-form-actions">
          <CreateLeadForm.Status />
          <CreateLeadForm.Submit>Add to pipeline</CreateLeadForm.Submit>
        </div>
      </CreateLeadForm.Root>
    </AuraRoot>
  ),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    const form = canvas.getByRole('form', { name: 'Quick lead' })
    await expect(within(form).getAllByRole('textbox')).toHaveLength(2)
    await userEvent.type(canvas.getByRole('textbox', { name: 'Work email' }), 'ada@example.com')
    await userEvent.type(canvas.getByRole('textbox', { name: 'Full name' }), 'Ada Lovelace')
    await userEvent.click(canvas.getByRole('button', { name: 'Add to pipeline' }))
    await waitFor(() => expect(args.onCreated).toHaveBeenCalledTimes(1))
    await expect(canvas.getByRole('status')).toHaveTextContent('Created Ada Lovelace.')
  },
}

export const HostileHostCss: Story = {
  decorators: [withHostileHostCss],
  play: async ({ canvasElement, args }) => {
    await fillAndSubmit(canvasElement)
    await waitFor(() => expect(args.onCreated).toHaveBeenCalledTimes(1))
  },
}

const HOSTILE_DEFAULTS = {
  email: 'mallory@example.com',
  fullName: '<script>alert(1)</script> Mallory',
  company: '\u202Egnp.exe Corp',
  timezone: null,
  metadata: { utmSource: 'javascript:alert(1)', referrer: 'x'.repeat(2_000) },
}

export const AllStates: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 32 }}>
      <CreateLeadForm {...args} label="New lead (empty)" />
      <CreateLeadForm
        {...args}
        label="New lead (prefilled)"
        defaultValues={{
          email: 'grace@example.com',
          fullName: 'Grace Hopper',
          phone: '+14155552671',
          company: 'Navy',
          timezone: 'America/New_York',
          metadata: { utmSource: 'google', utmMedium: 'cpc', utmCampaign: 'spring-2026' },
        }}
      />
      <CreateLeadForm {...args} label="New lead (hostile)" defaultValues={HOSTILE_DEFAULTS} />
      <CreateLeadForm {...args} label="New lead (invalid)" />
      <MockApiProvider faults={[{ ...POST_LEADS, status: 500 }]}>
        <CreateLeadForm {...args} label="New lead (server error)" />
      </MockApiProvider>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const hostile = canvas.getByRole('form', { name: 'New lead (hostile)' })
    expect(hostile.querySelector('script')).toBeNull()

    const invalid = within(canvas.getByRole('form', { name: 'New lead (invalid)' }))
    await userEvent.click(invalid.getByRole('button', { name: 'Create lead' }))
    await expect(invalid.getByRole('textbox', { name: 'Email' })).toHaveAttribute(
      'aria-invalid',
      'true',
    )

    const failing = within(canvas.getByRole('form', { name: 'New lead (server error)' }))
    await userEvent.type(failing.getByRole('textbox', { name: 'Email' }), 'ada@example.com')
    await userEvent.click(failing.getByRole('button', { name: 'Create lead' }))
    await expect(await failing.findByRole('alert')).toHaveTextContent(/Request id: req_/)
  },
}
