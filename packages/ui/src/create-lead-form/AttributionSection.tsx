'use client'
import { Collapsible } from 'radix-ui'
import type { ReactNode } from 'react'

export interface AttributionSectionProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The section's name ("Attribution"), for its group. */
  label: string
  /** The trigger's text: the name, with how many fields hold a value while any do. */
  triggerLabel: string
  children: ReactNode
}

/** The collapsible "Attribution" group (UTM keys and referrer). */
export function AttributionSection({
  open,
  onOpenChange,
  label,
  triggerLabel,
  children,
}: AttributionSectionProps) {
  return (
    <Collapsible.Root open={open} onOpenChange={onOpenChange} className="aura-form-section">
      <Collapsible.Trigger className="aura-disclosure">
        <span className="aura-disclosure-icon" aria-hidden="true">
          ▸
        </span>
        {triggerLabel}
      </Collapsible.Trigger>
      <Collapsible.Content className="aura-form-grid" role="group" aria-label={label}>
        {children}
      </Collapsible.Content>
    </Collapsible.Root>
  )
}
