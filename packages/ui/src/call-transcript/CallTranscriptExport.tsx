'use client'
import {
  type ButtonHTMLAttributes,
  type ComponentType,
  forwardRef,
  useId,
  useRef,
  useState,
} from 'react'
import { downloadBlob } from '../export-button/exportCsv.ts'
import { composeEventHandlers, useComposedRefs } from '../kit/compose.ts'
import { useKit } from '../kit/KitContext.tsx'
import { cx, type PartProps, partElement } from '../kit/parts.ts'
import { useMessages } from '../kit/useMessages.ts'
import { transcript as transcriptEn } from '../messages/en/transcript.ts'
import { useTranscriptCall } from './CallTranscriptContext.ts'
import type { TranscriptExportMenuProps } from './TranscriptExportMenu.tsx'
import { buildTranscriptFile, type TranscriptFormat } from './transcriptExport.ts'

type ExportMenu = ComponentType<TranscriptExportMenuProps>

let menuModule: Promise<ExportMenu> | undefined

/** The Radix menu is its own chunk, fetched on the first open (or hover or focus) of any trigger. */
function loadExportMenu(): Promise<ExportMenu> {
  menuModule ??= import('./TranscriptExportMenu.tsx').then(
    (module) => module.TranscriptExportMenu,
    (error: unknown) => {
      menuModule = undefined // a failed fetch is tried again on the next open
      throw error
    },
  )
  return menuModule
}

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
    const [Menu, setMenu] = useState<ExportMenu | null>(null)
    const [open, setOpen] = useState(false)
    /** How the menu was last opened: from the keyboard, focus goes to its first item. */
    const [openedBy, setOpenedBy] = useState<'keyboard' | 'pointer'>('pointer')
    const inactive = disabled || exportInput.entries.length === 0

    const save = (format: TranscriptFormat) => {
      const file = buildTranscriptFile(format, exportInput)
      ;(onExport ?? downloadBlob)(new Blob([file.content], { type: file.type }), file.filename)
    }
    const preload = () => {
      loadExportMenu().catch(() => {})
    }
    const show = (by: 'keyboard' | 'pointer', next: (open: boolean) => boolean) => {
      setOpenedBy(by)
      if (Menu) {
        setOpen(next)
        return
      }
      loadExportMenu().then(
        (loaded) => {
          setMenu(() => loaded)
          setOpen(next(false))
        },
        () => setOpen(false),
      )
    }

    // The trigger's behaviour is Radix DropdownMenu.Trigger's: a primary press toggles (and keeps
    // focus off the button while opening), Enter and Space toggle, ArrowDown opens.
    const Element = partElement('button', asChild)
    return (
      <>
        <Element
          type="button"
          id={triggerId}
          aria-haspopup="menu"
          aria-expanded={open}
          aria-controls={open ? menuId : undefined}
          data-state={open ? 'open' : 'closed'}
          data-disabled={inactive ? '' : undefined}
          disabled={inactive}
          {...rest}
          ref={composedRef}
          className={asChild ? className : cx('aura-button', className)}
          onPointerEnter={composeEventHandlers(onPointerEnter, preload)}
          onFocus={composeEventHandlers(onFocus, preload)}
          onPointerDown={composeEventHandlers(onPointerDown, (event) => {
            if (!inactive && event.button === 0 && !event.ctrlKey) {
              show('pointer', (wasOpen) => !wasOpen)
              if (!open) {
                event.preventDefault()
              }
            }
          })}
          onKeyDown={composeEventHandlers(onKeyDown, (event) => {
            if (inactive) {
              return
            }
            if (event.key === 'Enter' || event.key === ' ') {
              show('keyboard', (wasOpen) => !wasOpen)
            } else if (event.key === 'ArrowDown') {
              show('keyboard', () => true)
            } else {
              return
            }
            event.preventDefault()
          })}
        >
          {children ?? text.export}
        </Element>
        {Menu ? (
          <Menu
            open={open}
            onOpenChange={setOpen}
            trigger={triggerRef}
            id={menuId}
            container={portalContainer}
            focusFirstItem={openedBy === 'keyboard'}
            text={text}
            onSelect={save}
          />
        ) : null}
      </>
    )
  },
)
