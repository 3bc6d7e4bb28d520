'use client'
import { DropdownMenu } from 'radix-ui'
import { type ButtonHTMLAttributes, forwardRef } from 'react'
import { downloadBlob } from '../export-button/exportCsv.ts'
import { useKit } from '../kit/KitContext.tsx'
import { cx, type PartProps } from '../kit/parts.ts'
import { useTranscriptCall } from './CallTranscriptContext.ts'
import { buildTranscriptFile, type TranscriptFormat } from './transcriptExport.ts'

const FORMATS = [
  ['txt', 'exportTxt'],
  ['srt', 'exportSrt'],
  ['vtt', 'exportVtt'],
  ['json', 'exportJson'],
] as const satisfies readonly (readonly [TranscriptFormat, string])[]

export interface CallTranscriptExportProps
  extends ButtonHTMLAttributes<HTMLButtonElement>,
    PartProps {}

/**
 * "Export transcript": a menu button that saves the whole transcript (whatever the speaker filter
 * shows) as TXT, SRT, WebVTT or JSON, through the root's `onExport` or a download. The part is
 * the trigger button (the host's own with `asChild`); the menu portals into the kit root.
 */
export const CallTranscriptExport = forwardRef<HTMLButtonElement, CallTranscriptExportProps>(
  function CallTranscriptExport({ asChild, className, children, disabled, ...rest }, ref) {
    const { exportInput, onExport } = useTranscriptCall('Export')
    const { messages, portalContainer } = useKit()
    const text = messages.transcript
    const save = (format: TranscriptFormat) => {
      const file = buildTranscriptFile(format, exportInput)
      ;(onExport ?? downloadBlob)(new Blob([file.content], { type: file.type }), file.filename)
    }
    return (
      <DropdownMenu.Root modal={false}>
        <DropdownMenu.Trigger
          {...rest}
          ref={ref}
          asChild={asChild}
          className={asChild ? className : cx('aura-button', className)}
          disabled={disabled || exportInput.entries.length === 0}
        >
          {children ?? text.export}
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal container={portalContainer}>
          <DropdownMenu.Content className="aura-menu" align="end" sideOffset={4}>
            {FORMATS.map(([format, key]) => (
              <DropdownMenu.Item
                key={format}
                className="aura-menu-item"
                onSelect={() => save(format)}
              >
                {text[key]}
              </DropdownMenu.Item>
            ))}
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
    )
  },
)
