// @vitest-environment node
import type { Lead } from '@aura-kit/client'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { LeadDetailPanel } from './LeadDetailPanel.tsx'
import { LeadDetailSheet } from './LeadDetailSheet.tsx'

const lead: Lead = {
  id: 'ssr-1',
  full_name: 'Server Side',
  email: 'ssr@example.com',
  status: 'new',
  created_at: '2026-05-08T14:23:11.000Z',
  notes: [{ content: 'x '.repeat(5000), created_at: '2026-05-08T14:23:11.000Z', user_id: null }],
  metadata: { utmSource: 'google', countryCode: 'US' },
}

describe('server rendering', () => {
  it('renders the panel and a closed sheet without a DOM', () => {
    expect(typeof document).toBe('undefined')
    const html = renderToString(
      <>
        <LeadDetailPanel
          lead={lead}
          locale="en-US"
          timeZone="UTC"
          now={Date.parse('2026-05-09T14:23:11Z')}
        />
        <LeadDetailSheet lead={lead} open={false} />
      </>,
    )
    expect(html).toContain('Server Side')
    expect(html).toContain('yesterday')
    expect(html).toContain('mailto:ssr@example.com')
    expect(html).toContain('Show more')
    expect(html).not.toContain('role="dialog"')
  })
})
