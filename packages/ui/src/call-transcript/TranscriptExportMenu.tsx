'use client'
import * as DropdownMenu from 'radix-ui/dropdown-menu'
import type { RefObject } from 'react'
import { focusOnMount, MenuTriggerAnchor } from '../kit/MenuTriggerAnchor.tsx'
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
        <MenuTriggerAnchor trigger={trigger} />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal container={container}>
        <DropdownMenu.Content
          id={id}
          aria-labelledby={trigger.current?.id || undefined}
          className="aura-menu"
          align="end"
          sideOffset={4}
        >
          {FORMATS.map(([format, key], index) => (
            <DropdownMenu.Item
              key={format}
              ref={index === 0 && focusFirstItem ? focusOnMount : undefined}
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
