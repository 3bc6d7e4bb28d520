'use client'
import { DropdownMenu } from 'radix-ui'
import { usePortalContainer } from '../aura-root/AuraRoot.tsx'
import { downloadBlob } from '../export-button/exportCsv.ts'
import {
  buildTranscriptFile,
  type TranscriptExportInput,
  type TranscriptFormat,
} from './transcriptExport.ts'

const FORMATS: readonly { format: TranscriptFormat; label: string }[] = [
  { format: 'txt', label: 'Text (.txt)' },
  { format: 'srt', label: 'SubRip subtitles (.srt)' },
  { format: 'vtt', label: 'WebVTT subtitles (.vtt)' },
  { format: 'json', label: 'JSON (.json)' },
]

export interface TranscriptExportMenuProps {
  input: TranscriptExportInput
  /** Replaces the browser download (the Blob and a file name). */
  onExport?: ((blob: Blob, filename: string) => void) | undefined
}

/** "Export" menu: the whole transcript (not only the filtered speakers) as TXT, SRT, VTT or JSON. */
export function TranscriptExportMenu({ input, onExport }: TranscriptExportMenuProps) {
  const container = usePortalContainer()
  const save = (format: TranscriptFormat) => {
    const file = buildTranscriptFile(format, input)
    ;(onExport ?? downloadBlob)(new Blob([file.content], { type: file.type }), file.filename)
  }
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger className="aura-button" disabled={input.entries.length === 0}>
        Export transcript
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal container={container}>
        <DropdownMenu.Content className="aura-menu" align="end" sideOffset={4}>
          {FORMATS.map(({ format, label }) => (
            <DropdownMenu.Item
              key={format}
              className="aura-menu-item"
              onSelect={() => save(format)}
            >
              {label}
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  )
}
