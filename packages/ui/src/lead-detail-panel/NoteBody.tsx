'use client'
import { Collapsible } from 'radix-ui'
import { useMemo, useState } from 'react'
import { useMessages } from '../kit/useMessages.ts'
import { leadPanel as leadPanelEn } from '../messages/en/leadPanel.ts'
import { notePreview } from './notePreview.ts'

/**
 * A note's text. Long ones start collapsed, and the hidden rest is not in the DOM until
 * expanded: a 100 kB note costs a few hundred characters.
 */
export function NoteBody({ content }: { content: string }) {
  const [open, setOpen] = useState(false)
  const messages = useMessages('leadPanel', leadPanelEn)
  const { preview, rest } = useMemo(() => notePreview(content), [content])
  if (rest === '') {
    return (
      <p className="aura-note-content" dir="auto">
        {content}
      </p>
    )
  }
  return (
    <Collapsible.Root open={open} onOpenChange={setOpen} className="aura-note-collapsible">
      <p className="aura-note-content" dir="auto">
        {preview}
        {open ? null : <span aria-hidden="true">…</span>}
        <Collapsible.Content asChild>
          <span>{rest}</span>
        </Collapsible.Content>
      </p>
      <Collapsible.Trigger className="aura-text-button">
        {open ? messages.showLess : messages.showMore}
      </Collapsible.Trigger>
    </Collapsible.Root>
  )
}
