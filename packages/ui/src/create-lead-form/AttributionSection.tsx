'use client'
import { Collapsible } from 'radix-ui'
import type { ReactNode } from 'react'

export interface AttributionSectionProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** How many attribution fields hold a value, shown while the section is closed. */
  filled: number
  children: ReactNode
}

/** The collapsible "Attribution" group (UTM keys and referrer). */
export function AttributionSection({
  open,
  onOpenChange,
  filled,
  children,
}: AttributionSectionProps) {
  return (
    <Collapsible.Root open={open} onOpenChange={onOpenChange} className="aura-form-section">
      <Collapsible.Trigger className="aura-disclosure">
        <span className="aura-disclosure-icon" aria-hidden="true">
          ▸
        </span>
        {filled > 0 ? `Attribution (${filled} set)` : 'Attribution'}
      </Collapsible.Trigger>
      <Collapsible.Content className="aura-form-grid" role="group" aria-label="Attribution">
        {children}
      </Collapsible.Content>
    </Collapsible.Root>
  )
}
