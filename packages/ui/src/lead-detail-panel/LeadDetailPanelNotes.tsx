'use client'
import type { LeadNote } from '@aura-kit/client'
import { forwardRef } from 'react'
import { UserName } from '../kit/UserName.tsx'
import { useMessages } from '../kit/useMessages.ts'
import { leadPanel as leadPanelEn } from '../messages/en/leadPanel.ts'
import { usePanel } from './LeadDetailContext.tsx'
import { NoteBody } from './NoteBody.tsx'
import { type LeadDetailSectionProps, PanelSection } from './PanelSection.tsx'
import { hasHostContent } from './renderPart.tsx'
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

/**
 * An Aura lead's notes, newest first, each with its author (the kit's `resolveUser`, else the id)
 * and time; "No notes yet." when there are none. For an Octanist lead, its one `note`, and
 * nothing when it has none.
 */
export const LeadDetailPanelNotes = forwardRef<HTMLElement, LeadDetailSectionProps>(
  function LeadDetailPanelNotes(props, ref) {
    const panel = usePanel()
    const labels = useMessages('leadPanel', leadPanelEn)
    if (panel.source === 'octanist') {
      const note = panel.text(panel.octanistLead.note, Number.POSITIVE_INFINITY)
      if (!note && !hasHostContent(props.asChild, props.children)) {
        return null
      }
      return (
        <PanelSection
          {...props}
          ref={ref}
          defaultHeading={labels.note}
          sectionClass="aura-notes"
          body={note ? <NoteBody content={note} /> : null}
        />
      )
    }
    const sorted = sortNotesNewestFirst(panel.lead.notes)
    return (
      <PanelSection
        {...props}
        ref={ref}
        defaultHeading={labels.notes}
        sectionClass="aura-notes"
        body={
          sorted.length === 0 ? (
            <p className="aura-panel-empty">{labels.noNotes}</p>
          ) : (
            <ol className="aura-timeline">
              {sorted.map((note, index) => (
                <li
                  // biome-ignore lint/suspicious/noArrayIndexKey: notes have no id; the list is rebuilt whole.
                  key={index}
                  className="aura-timeline-item"
                >
                  <div className="aura-timeline-meta">
                    {typeof note.user_id === 'string' && note.user_id !== '' ? (
                      <UserName className="aura-note-author" userId={note.user_id} />
                    ) : (
                      <bdi className="aura-note-author">{labels.unknownAuthor}</bdi>
                    )}
                    <TimeStamp value={note.created_at} compact />
                  </div>
                  <NoteBody
                    content={
                      typeof note.content === 'string'
                        ? note.content
                        : (panel.text(note.content) ?? '')
                    }
                  />
                </li>
              ))}
            </ol>
          )
        }
      />
    )
  },
)
