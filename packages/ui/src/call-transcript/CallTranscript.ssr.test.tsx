// @vitest-environment node
import type { Call } from '@aura-kit/client'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { CallTranscript } from './CallTranscript.tsx'

const call: Call = {
  id: 'ssr',
  status: 'closed',
  scheduled_at: '2026-06-01T15:00:00Z',
  recording_url: 'https://media.example.com/ssr.mp4',
  ai_summary: 'Rendered on the server.',
  transcript_data: {
    segments: [{ start_seconds: 0, end_seconds: 2, speaker: 'Alice', text: 'Hello <b>there</b>' }],
  },
}

describe('CallTranscript on the server', () => {
  it('renders without window or document, escaping the text', () => {
    expect(typeof window).toBe('undefined')
    const html = renderToString(<CallTranscript call={call} locale="en-US" timeZone="UTC" />)
    expect(html).toContain('Rendered on the server.')
    expect(html).toContain('Hello &lt;b&gt;there&lt;/b&gt;')
    expect(html).toContain('<video')
    expect(html).toContain('Transcript segments')
    // The export button is on the page; its menu (a chunk of its own) is not.
    expect(html).toMatch(
      /<button[^>]*aria-haspopup="menu" aria-expanded="false"[^>]*>Export transcript</,
    )
    expect(html).not.toContain('role="menu"')
  })
})
