import { AuraKitProvider } from '@aura-kit/hooks'
import { QueryClient } from '@tanstack/react-query'
import { act } from '@testing-library/react'
import { hydrateRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import { createTestClients } from '../test-utils/mockServer.ts'
import { CreateLeadForm } from './CreateLeadForm.tsx'

const { client } = createTestClients()

function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <AuraKitProvider client={client} queryClient={queryClient}>
      <CreateLeadForm />
    </AuraKitProvider>
  )
}

describe('CreateLeadForm on the server', () => {
  it("renders without the viewer's zone, then hydrates cleanly and fills it in", async () => {
    const html = renderToString(<App queryClient={new QueryClient()} />)
    expect(html).toContain('name="email"')
    expect(html).not.toContain('<datalist')
    expect(html).toMatch(/name="timezone"[^>]*value=""/)

    const container = document.createElement('div')
    container.innerHTML = html
    document.body.append(container)
    const consoleError = vi.spyOn(console, 'error')
    const recoverable = vi.fn()
    const root = await act(async () =>
      hydrateRoot(container, <App queryClient={new QueryClient()} />, {
        onRecoverableError: recoverable,
      }),
    )
    const timezone = container.querySelector<HTMLInputElement>('input[name="timezone"]')
    expect(timezone?.value).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone)
    expect(container.querySelectorAll('datalist option').length).toBeGreaterThan(100)
    expect(recoverable).not.toHaveBeenCalled()
    expect(consoleError).not.toHaveBeenCalled()
    act(() => root.unmount())
    container.remove()
  })
})
