'use client'
import type { Lead, OctanistLead } from '@aura-kit/client'
import { createContext, useContext } from 'react'
import type { PanelFormatters } from './panelFormatters.ts'
import type { ValueText } from './valueText.ts'

/** The lead one panel shows: an Aura lead or an Octanist lead. */
export type LeadDetailValue =
  | {
      source: 'aura'
      lead: Lead
      octanistLead?: undefined
      /** A fresh copy is loading; the one shown came from a cache. */
      refreshing: boolean
    }
  | { source: 'octanist'; octanistLead: OctanistLead; lead?: undefined; refreshing: false }

/** What the parts read: the lead, plus the panel's formatters built once by its root. */
export type PanelContextValue = LeadDetailValue & {
  format: PanelFormatters
  /** Any value as text, booleans in the kit's words. */
  text: ValueText
}

const PanelContext = createContext<PanelContextValue | null>(null)

export const PanelProvider = PanelContext.Provider

/** The panel a part is in; throws outside `<LeadDetailPanel.Root>`. */
export function usePanel(): PanelContextValue {
  const value = useContext(PanelContext)
  if (!value) {
    throw new Error('LeadDetailPanel parts must be rendered inside <LeadDetailPanel.Root>.')
  }
  return value
}

/**
 * The lead shown by the enclosing `<LeadDetailPanel.Root>`, for a section of the host's own.
 * Parts render only once a lead is there, so this never sees a loading or empty panel.
 */
export function useLeadDetail(): LeadDetailValue {
  return usePanel()
}
