import type { Call } from '@aura-kit/client'
import { CLOSER_IDS } from '@aura-kit/mock-api'
import { render, screen, waitFor } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { MOCK_COUNTS, paramsOf, setupMockServer } from '../test-utils/mockServer.ts'
import { renderWithProvider } from '../test-utils/render.tsx'
import { CallsTable } from './CallsTable.tsx'

const harness = setupMockServer()
const callParams = () => paramsOf(harness, '/v1/calls')
const grid = () => screen.getByRole('grid', { name: 'Calls' })
const loadedRows = () => Number(grid().getAttribute('aria-rowcount')) - 1

describe('CallsTable', () => {
  it('sends upcoming/past, status and closer filters as the API spells them', async () => {
    const user = userEvent.setup()
    renderWithProvider(<CallsTable pageSize={50} />)
    await waitFor(() => expect(loadedRows()).toBe(50))

    await user.selectOptions(screen.getByRole('combobox', { name: 'When' }), 'Past')
    await waitFor(() => expect(callParams().at(-1)?.get('is_upcoming')).toBe('false'))

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Closed')
    const closer = CLOSER_IDS[0] ?? ''
    await user.type(screen.getByLabelText('Closer'), `${closer}{Enter}`)
    await waitFor(() => expect(callParams().at(-1)?.get('closer_id')).toBe(closer))
    const last = callParams().at(-1)
    expect(last?.get('status')).toBe('closed')
    expect(last?.get('is_upcoming')).toBe('false')
  })

  it('shows the default call columns with flags and money', async () => {
    const calls: Call[] = [
      {
        id: 'c1',
        scheduled_at: '2026-06-01T15:00:00Z',
        status: 'closed',
        lead_id: 'lead-1',
        closer_id: 'user_closer',
        duration_minutes: 45,
        expected_deal_value: 250000,
        has_recording: true,
        has_analysis: false,
      },
    ]
    render(<CallsTable data={calls} locale="en-US" timeZone="UTC" />)
    await screen.findByText('$2,500.00')
    expect(screen.getByText('Jun 1, 2026, 3:00 PM')).toBeTruthy()
    expect(screen.getByText('45 min')).toBeTruthy()
    expect(screen.getByText('Closed')).toBeTruthy()
    expect(screen.getByText('Has recording')).toBeTruthy()
    expect(screen.queryByText('Has analysis')).toBeNull()
  })

  it('exports every call page as CSV with progress, and can be cancelled', async () => {
    const user = userEvent.setup()
    const onExport = vi.fn()
    renderWithProvider(<CallsTable pageSize={50} onExport={onExport} />)
    await waitFor(() => expect(loadedRows()).toBe(50))

    await user.click(screen.getByRole('button', { name: 'Export CSV' }))
    await waitFor(() => expect(onExport).toHaveBeenCalledTimes(1))
    const [blob, filename] = onExport.mock.calls[0] as [Blob, string]
    expect(filename).toBe('calls.csv')
    const lines = (await blob.text()).split('\r\n').filter(Boolean)
    expect(lines).toHaveLength(MOCK_COUNTS.calls + 1)
    expect(new Set(lines.slice(1).map((line) => line.split(',')[0])).size).toBe(MOCK_COUNTS.calls)

    harness.api.setFaults([{ path: '/v1/calls', latencyMs: 60_000 }])
    const before = harness.requests.length
    await user.click(screen.getByRole('button', { name: 'Export CSV' }))
    expect(await screen.findByText(/Exporting… 0 rows/)).toBeTruthy()
    await waitFor(() => expect(harness.requests.length).toBe(before + 1))
    await user.click(screen.getByRole('button', { name: 'Cancel export' }))
    expect(await screen.findByText('Export cancelled')).toBeTruthy()
    expect(harness.requests.at(-1)?.signal.aborted).toBe(true)
    expect(onExport).toHaveBeenCalledTimes(1)
  })
})
