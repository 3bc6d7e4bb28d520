import type { LeadNote } from '@aura-kit/client'
import { displayValue } from './displayValue.ts'
import { NoteBody } from './NoteBody.tsx'
import { PanelSection } from './PanelSection.tsx'
import type { PanelFormatters } from './panelFormatters.ts'
import { TimeStamp } from './TimeStamp.tsx'

const timeOf = (note: LeadNote) => {
  const time = typeof note.created_at === 'string' ? Date.parse(note.created_at) : Number.NaN
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time
}

/** Newest first; notes without a valid time go last, in their original order. */
export function sortNotesNewestFirst(notes: unknown): LeadNote[] {
  if (!Array.isArray(notes)) {
    return []
  }
  const valid = notes.filter(
    (note): note is LeadNote => typeof note === 'object' && note !== null && !Array.isArray(note),
  )
  return valid
    .map((note, index) => ({ note, index, time: timeOf(note) }))
    .sort((left, right) => right.time - left.time || left.index - right.index)
    .map(({ note }) => note)
}

export function NotesTimeline({
  notes,
  format,
  resolveUserName,
}: {
  notes: unknown
  format: PanelFormatters
  resolveUserName?: ((userId: string) => string | undefined) | undefined
}) {
  const sorted = sortNotesNewestFirst(notes)
  const authorOf = (note: LeadNote) => {
    const id = typeof note.user_id === 'string' && note.user_id !== '' ? note.user_id : undefined
    return (id && resolveUserName?.(id)) || id || 'Unknown author'
  }
  return (
    <PanelSection title="Notes" className="aura-notes">
      {sorted.length === 0 ? (
        <p className="aura-panel-empty">No notes yet.</p>
      ) : (
        <ol className="aura-timeline">
          {sorted.map((note, index) => (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: notes have no id; the list is rebuilt whole.
              key={index}
              className="aura-timeline-item"
            >
              <div className="aura-timeline-meta">
                <bdi className="aura-note-author">{displayValue(authorOf(note), 200)}</bdi>
                <TimeStamp value={note.created_at} format={format} compact />
              </div>
              <NoteBody
                content={
                  typeof note.content === 'string'
                    ? note.content
                    : (displayValue(note.content) ?? '')
                }
              />
            </li>
          ))}
        </ol>
      )}
    </PanelSection>
  )
}
