import type { Call } from '@aura-kit/client'
import { render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { AuraKitProvider } from '../kit/AuraKitProvider.tsx'
import { de } from '../messages/de/index.ts'
import type { AuraMessages } from '../messages/types.ts'
import { CallTranscript } from './CallTranscript.tsx'

const people: Record<string, string> = { user_closer: 'Anna Schmidt', user_setter: 'Jonas Weber' }

/** A call with every section filled and a recording, its own words in German. */
const call: Call = {
  id: 'anruf-7',
  status: 'closed',
  scheduled_at: '2026-06-01T15:00:00Z',
  started_at: '2026-06-01T15:02:00Z',
  ended_at: '2026-06-01T15:47:00Z',
  closer_id: 'user_closer',
  setter_id: 'user_setter',
  expected_deal_value: 250_000,
  conferencing_link: 'https://zoom.us/j/123',
  has_recording: true,
  recording_url: 'https://media.example.com/anruf-7.wav',
  ai_summary: 'Interessent möchte bis Freitag ein Angebot.',
  action_items: [
    { title: 'Angebot senden', owner: 'user_closer', due_at: '2026-06-05T12:00:00Z', notes: null },
  ],
  form_data: [
    { field_id: 'budget', label: 'Budget?', value: '10 Tsd.' },
    { field_id: 'chef', label: 'Entscheider?', value: true },
  ],
  transcript_data: {
    duration_seconds: 30,
    segments: [
      { start_seconds: 0, end_seconds: 4, speaker: 'Anna', text: 'Danke fürs Kommen.' },
      { start_seconds: 4, end_seconds: 9, speaker: 'Kunde', text: 'Reden wir über den Preis.' },
      { start_seconds: 9, end_seconds: 14, speaker: null, text: 'Der Preis ist fair.' },
    ],
  },
}

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu
const wordsIn = (text: string) => text.match(WORD) ?? []
/** Words the call's data brings (names, texts, ids, the link): the same in every language. */
const dataWords = new Set(wordsIn(`${JSON.stringify(call)} ${Object.values(people).join(' ')}`))
/** Words a German catalogue shares with the English one on purpose: names of formats and keys. */
const sameInGerman = new Set([
  ...['Status', 'min', 'k', 'j', 'l'],
  ...['Text', 'JSON', 'SubRip', 'WebVTT', 'txt', 'srt', 'vtt', 'json'],
])
const ATTRIBUTES = ['aria-label', 'title', 'label', 'placeholder', 'alt', 'aria-description']

/**
 * Renders the transcript in a language, searches and opens the export menu (so the counter and
 * the menu's items render too), and returns every word it shows or names.
 */
async function renderedWords(messages: AuraMessages | undefined, locale: string) {
  const user = userEvent.setup()
  const { unmount } = render(
    <AuraKitProvider
      messages={messages}
      locale={locale}
      timeZone="Europe/Berlin"
      currency="EUR"
      resolveUser={(id) => people[id]}
    >
      <CallTranscript call={call} />
    </AuraKitProvider>,
  )
  const root = document.querySelector('.aura-transcript-root') as HTMLElement
  await user.type(within(root).getByRole('searchbox'), 'Preis')
  await within(root).findByText(/^1 \S+ 2$/)
  await user.click(within(root).getByRole('button', { name: /Transkript exportieren|Export/ }))
  await within(root).findAllByRole('menuitem')
  const attributes = [root, ...root.querySelectorAll('*')].flatMap((element) =>
    ATTRIBUTES.map((name) => element.getAttribute(name) ?? ''),
  )
  const texts: string[] = []
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  while (walker.nextNode()) {
    texts.push(walker.currentNode.nodeValue ?? '')
  }
  const words = new Set(wordsIn([...texts, ...attributes].join(' ')))
  unmount()
  return words
}

describe('CallTranscript in German', () => {
  it('shows no English of its own: every word also rendered in English is the call’s data', async () => {
    const english = await renderedWords(undefined, 'en-US')
    const german = await renderedWords(de, 'de-DE')
    // The check is only as good as its coverage: the English run shows the kit's own words.
    for (const word of ['Scheduled', 'Summary', 'Follow', 'Space', 'matches', 'Unknown']) {
      expect(english.has(word), word).toBe(true)
    }
    const leftInEnglish = [...german].filter(
      (word) => english.has(word) && !dataWords.has(word) && !sameInGerman.has(word),
    )
    expect(leftInEnglish).toEqual([])
  })

  it('labels, states and counts read in German', async () => {
    const user = userEvent.setup()
    render(
      <CallTranscript
        call={call}
        messages={de}
        locale="de-DE"
        timeZone="Europe/Berlin"
        currency="EUR"
      />,
    )
    const region = screen.getByRole('region', { name: 'Gesprächstranskript' })
    expect(region.lang).toBe('de')
    const details = within(region).getByText('Geplant').closest('dl') as HTMLElement
    expect(within(details).getByText('Abgeschlossen')).toBeTruthy()
    expect(within(details).getByText('01.06.2026, 17:00')).toBeTruthy()
    expect(within(details).getByText(/^2\.500,00\s€$/)).toBeTruthy()
    expect(within(region).getByText('Fällig: 05.06.2026')).toBeTruthy()
    expect(within(region).getByText('Ja')).toBeTruthy()
    expect(within(region).getByRole('heading', { name: 'Transkript' })).toBeTruthy()
    expect(within(region).getByRole('checkbox', { name: 'Unbekannter Sprecher' })).toBeTruthy()
    expect(within(region).getByRole('button', { name: 'Ab 0:04 abspielen' })).toBeTruthy()
    expect(within(region).getByText(/10 Sekunden zurück oder vor/)).toBeTruthy()

    const search = within(region).getByRole('searchbox', { name: 'Transkript durchsuchen' })
    await user.type(search, 'Preis')
    const counter = await within(region).findByText('1 von 2')
    expect(counter.title).toBe('2 Treffer')
    await user.clear(search)
    await user.type(search, 'Zebra')
    expect(await within(region).findByText('Keine Treffer')).toBeTruthy()
    await user.click(within(region).getByRole('checkbox', { name: 'Anna' }))
    await user.click(within(region).getByRole('checkbox', { name: 'Kunde' }))
    await user.click(within(region).getByRole('checkbox', { name: 'Unbekannter Sprecher' }))
    expect(within(region).getByText('Keine Abschnitte für die gewählten Sprecher.')).toBeTruthy()
  })

  it('a plain-text export names the unknown speaker in German', async () => {
    const user = userEvent.setup()
    const files: Blob[] = []
    render(<CallTranscript call={call} messages={de} onExport={(blob) => files.push(blob)} />)
    await user.click(screen.getByRole('button', { name: 'Transkript exportieren' }))
    await user.click(await screen.findByRole('menuitem', { name: 'Text (.txt)' }))
    expect(await files[0]?.text()).toContain('] Unbekannter Sprecher: Der Preis ist fair.')
  })
})
