'use client'
import { Dialog } from 'radix-ui'
import { type ReactNode, useRef } from 'react'
import { AuraRoot, usePortalContainer } from '../aura-root/AuraRoot.tsx'
import type { KitSettings } from '../kit/kitSettings.ts'
import { splitKitSettings } from '../kit/kitSettings.ts'
import { useMessageSections } from '../kit/useMessages.ts'
import { leadPanel as leadPanelEn } from '../messages/en/leadPanel.ts'
import { LeadDetailPanelRoot } from './LeadDetailPanelRoot.tsx'
import { LeadDetailPanelSections } from './LeadDetailPanelSections.tsx'
import type { LeadDetailOptions, LeadDetailTarget } from './leadDetailProps.ts'
import { PanelTitleProvider } from './PanelTitle.tsx'

export type LeadDetailSheetProps = KitSettings &
  LeadDetailOptions &
  LeadDetailTarget & {
    /** Class of the sheet (the dialog's content element). */
    className?: string | undefined
    open?: boolean | undefined
    defaultOpen?: boolean | undefined
    onOpenChange?: ((open: boolean) => void) | undefined
    /** The `LeadDetailPanel` parts to show, in your order; default every part. */
    children?: ReactNode
  }

/**
 * The lead panel as a modal side sheet (a Radix Dialog) for opening from a table row. It mounts in
 * its own kit root, inheriting the enclosing kit's theme, messages and people, so nothing lands
 * bare in the host's body; Escape and the close button close it, and focus returns to where it was.
 */
export function LeadDetailSheet(props: LeadDetailSheetProps) {
  const [
    settings,
    { resolveUserName, className, open, defaultOpen, onOpenChange, children, ...target },
  ] = splitKitSettings(props)
  return (
    <AuraRoot
      className="aura-sheet-root"
      {...settings}
      resolveUser={settings.resolveUser ?? resolveUserName}
    >
      <Dialog.Root open={open} defaultOpen={defaultOpen} onOpenChange={onOpenChange}>
        <SheetPortal className={className} target={target}>
          {children}
        </SheetPortal>
      </Dialog.Root>
    </AuraRoot>
  )
}

function SheetPortal({
  className,
  target,
  children,
}: {
  className?: string | undefined
  target: LeadDetailTarget & Pick<LeadDetailOptions, 'now'>
  children: ReactNode
}) {
  const container = usePortalContainer()
  const messages = useMessageSections({ leadPanel: leadPanelEn })
  // Radix returns focus to a Dialog.Trigger; the sheet has none (a table row opens it), so it
  // returns focus itself to whatever was focused when it opened.
  const returnFocusTo = useRef<HTMLElement | null>(null)
  // Until the root has mounted there is no container, and Radix would fall back to document.body.
  if (!container) {
    return null
  }
  return (
    <Dialog.Portal container={container}>
      <Dialog.Overlay className="aura-sheet-overlay" />
      <Dialog.Content
        className={className ? `aura-sheet ${className}` : 'aura-sheet'}
        aria-describedby={undefined}
        onOpenAutoFocus={(event) => {
          const active =
            event.currentTarget instanceof Node
              ? event.currentTarget.ownerDocument?.activeElement
              : undefined
          returnFocusTo.current = active instanceof HTMLElement ? active : null
        }}
        onCloseAutoFocus={(event) => {
          const target = returnFocusTo.current
          returnFocusTo.current = null
          if (target?.isConnected) {
            event.preventDefault()
            target.focus()
          }
        }}
      >
        <Dialog.Close
          className="aura-button aura-sheet-close"
          aria-label={messages.leadPanel.closeSheet}
        >
          <span aria-hidden="true">×</span>
        </Dialog.Close>
        <PanelTitleProvider value={Dialog.Title}>
          <LeadDetailPanelRoot {...target}>
            {children ?? <LeadDetailPanelSections />}
          </LeadDetailPanelRoot>
        </PanelTitleProvider>
      </Dialog.Content>
    </Dialog.Portal>
  )
}
