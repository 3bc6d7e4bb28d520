'use client'
import * as DropdownMenu from 'radix-ui/dropdown-menu'
import { forwardRef, type RefObject, useLayoutEffect } from 'react'
import type { TranscriptFormat } from './transcriptExport.ts'
import type { TranscriptMessages } from './transcriptMessages.ts'

const FORMATS = [
  ['txt', 'exportTxt'],
  ['srt', 'exportSrt'],
  ['vtt', 'exportVtt'],
  ['json', 'exportJson'],
] as const satisfies readonly (readonly [TranscriptFormat, keyof TranscriptMessages])[]

export interface TranscriptExportMenuProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The part's own trigger button: the menu is placed against it and gives focus back to it. */
  trigger: RefObject<HTMLButtonElement | null>
  /** The menu's id (the trigger's `aria-controls`). */
  id: string
  container: HTMLElement | null
  /** Opened from the keyboard: the first item takes focus (Radix's own rule for its trigger). */
  focusFirstItem: boolean
  text: TranscriptMessages
  /** Saves the transcript in the chosen format. */
  onSelect: (format: TranscriptFormat) => void
}

/**
 * The export menu, its own chunk (`CallTranscriptExport` imports it on the first open): Radix's
 * DropdownMenu with its Menu, Popper and focus handling, driven by the part's trigger.
 */
export function TranscriptExportMenu({
  open,
  onOpenChange,
  trigger,
  id,
  container,
  focusFirstItem,
  text,
  onSelect,
}: TranscriptExportMenuProps) {
  return (
    <DropdownMenu.Root open={open} onOpenChange={onOpenChange} modal={false}>
      <DropdownMenu.Trigger asChild>
        <TriggerElement element={trigger} />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal container={container}>
        <DropdownMenu.Content
          id={id}
          aria-labelledby={trigger.current?.id || undefined}
          className="aura-menu"
          align="end"
          sideOffset={4}
          onFocus={(event) => {
            // Radix focuses the menu itself on open, and its first item only when it saw the key
            // press; the press that loaded this chunk came before Radix was listening.
            if (focusFirstItem && event.target === event.currentTarget) {
              event.currentTarget.querySelector<HTMLElement>('[role="menuitem"]')?.focus()
            }
          }}
        >
          {FORMATS.map(([format, key]) => (
            <DropdownMenu.Item
              key={format}
              className="aura-menu-item"
              onSelect={() => onSelect(format)}
            >
              {text[key]}
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  )
}

/**
 * Stands in for `DropdownMenu.Trigger`'s element: renders nothing and hands Radix the part's
 * button (already on the page, with its own ARIA and keys), so Radix anchors the menu to it and
 * focuses it on close. Radix's props for the trigger are dropped: the part sets the same ones.
 */
const TriggerElement = forwardRef<
  HTMLButtonElement,
  { element: RefObject<HTMLButtonElement | null> }
>(function TriggerElement({ element }, ref) {
  useLayoutEffect(() => {
    const node = element.current
    if (typeof ref === 'function') {
      ref(node)
      return () => ref(null)
    }
    if (ref) {
      ref.current = node
      return () => {
        ref.current = null
      }
    }
    return undefined
  })
  return null
})
