'use client'
import { type ButtonHTMLAttributes, forwardRef, useId, useRef } from 'react'
import { downloadBlob } from '../export-button/exportCsv.ts'
import { useComposedRefs } from '../kit/compose.ts'
import { useKit } from '../kit/KitContext.tsx'
import { lazyComponent, useLazyMenu } from '../kit/lazyMenu.ts'
import { cx, type PartProps, partElement } from '../kit/parts.ts'
import { useMessages } from '../kit/useMessages.ts'
import { transcript as transcriptEn } from '../messages/en/transcript.ts'
import { useTranscriptCall } from './CallTranscriptContext.ts'
import type { TranscriptExportMenuProps } from './TranscriptExportMenu.tsx'
import { buildTranscriptFile, type TranscriptFormat } from './transcriptExport.ts'

/** The Radix menu is its own chunk, fetched on the first open (or hover or focus) of any trigger. */
const exportMenu = lazyComponent<TranscriptExportMenuProps>(() =>
  import('./TranscriptExportMenu.tsx').then((module) => module.TranscriptExportMenu),
)

export interface CallTranscriptExportProps
  extends ButtonHTMLAttributes<HTMLButtonElement>,
    PartProps {}

/**
 * "Export transcript": a menu button that saves the whole transcript (whatever the speaker filter
 * shows) as TXT, SRT, WebVTT or JSON, through the root's `onExport` or a download. The part is
 * the trigger button (the host's own with `asChild`); the menu portals into the kit root and is
 * loaded on the first open, so a page that never exports never downloads it.
 */
export const CallTranscriptExport = forwardRef<HTMLButtonElement, CallTranscriptExportProps>(
  function CallTranscriptExport(
    {
      asChild,
      className,
      children,
      disabled,
      onPointerDown,
      onPointerEnter,
      onFocus,
      onKeyDown,
      ...rest
    },
    ref,
  ) {
    const { exportInput, onExport } = useTranscriptCall('Export')
    const { portalContainer } = useKit()
    const text = useMessages('transcript', transcriptEn)
    const triggerId = useId()
    const menuId = `${triggerId}-menu`
    const triggerRef = useRef<HTMLButtonElement>(null)
    const composedRef = useComposedRefs(ref, triggerRef)
    const inactive = disabled || exportInput.entries.length === 0
    const menu = useLazyMenu(exportMenu, {
      menuId,
      disabled: inactive,
      onPointerDown,
      onKeyDown,
      onPointerEnter,
      onFocus,
    })

    const save = (format: TranscriptFormat) => {
      const file = buildTranscriptFile(format, exportInput)
      ;(onExport ?? downloadBlob)(new Blob([file.content], { type: file.type }), file.filename)
    }
    const Element = partElement('button', asChild)
    return (
      <>
        <Element
          type="button"
          id={triggerId}
          disabled={inactive}
          {...rest}
          {...menu.triggerProps}
          ref={composedRef}
          className={asChild ? className : cx('aura-button', className)}
        >
          {children ?? text.export}
        </Element>
        {menu.Menu ? (
          <menu.Menu
            open={menu.open}
            onOpenChange={menu.onOpenChange}
            trigger={triggerRef}
            id={menuId}
            container={portalContainer}
            focusFirstItem={menu.focusFirstItem}
            text={text}
            onSelect={save}
          />
        ) : null}
      </>
    )
  },
)
