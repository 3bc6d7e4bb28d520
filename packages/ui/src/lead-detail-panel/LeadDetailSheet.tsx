'use client'
import { Dialog } from 'radix-ui'
import { useRef } from 'react'
import { AuraRoot, usePortalContainer } from '../aura-root/AuraRoot.tsx'
import { LeadDetailBody, type LeadDetailBodyProps } from './LeadDetailBody.tsx'
import type { LeadDetailFrameProps } from './leadDetailProps.ts'
import { PanelTitleProvider } from './PanelTitle.tsx'

export type LeadDetailSheetProps = LeadDetailBodyProps &
  LeadDetailFrameProps & {
    open?: boolean | undefined
    defaultOpen?: boolean | undefined
    onOpenChange?: ((open: boolean) => void) | undefined
  }

/**
 * The lead panel as a modal side sheet (a Radix Dialog) for opening from a table row. It mounts in
 * its own `AuraRoot`, so the theme applies and nothing lands bare in the host's body; Escape and
 * the close button close it, and focus returns to where it was.
 */
export function LeadDetailSheet({
  appearance,
  className,
  open,
  defaultOpen,
  onOpenChange,
  ...body
}: LeadDetailSheetProps) {
  return (
    <AuraRoot appearance={appearance} className="aura-sheet-root">
      <Dialog.Root open={open} defaultOpen={defaultOpen} onOpenChange={onOpenChange}>
        <SheetPortal className={className} body={body} />
      </Dialog.Root>
    </AuraRoot>
  )
}

function SheetPortal({
  className,
  body,
}: {
  className?: string | undefined
  body: LeadDetailBodyProps
}) {
  const container = usePortalContainer()
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
        <Dialog.Close className="aura-button aura-sheet-close" aria-label="Close lead details">
          <span aria-hidden="true">×</span>
        </Dialog.Close>
        <PanelTitleProvider value={Dialog.Title}>
          <LeadDetailBody {...body} />
        </PanelTitleProvider>
      </Dialog.Content>
    </Dialog.Portal>
  )
}
