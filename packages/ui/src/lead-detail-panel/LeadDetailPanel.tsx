'use client'
import { forwardRef } from 'react'
import { LeadDetailPanelAttribution } from './LeadDetailPanelAttribution.tsx'
import { LeadDetailPanelContact } from './LeadDetailPanelContact.tsx'
import { LeadDetailPanelDisqualification } from './LeadDetailPanelDisqualification.tsx'
import { LeadDetailPanelHeader } from './LeadDetailPanelHeader.tsx'
import { LeadDetailPanelNotes } from './LeadDetailPanelNotes.tsx'
import {
  LeadDetailPanelConsent,
  LeadDetailPanelCustomFields,
  LeadDetailPanelDetails,
  LeadDetailPanelGoogleAds,
} from './LeadDetailPanelOctanist.tsx'
import { LeadDetailPanelOther } from './LeadDetailPanelOther.tsx'
import { LeadDetailPanelPayments } from './LeadDetailPanelPayments.tsx'
import { type LeadDetailPanelProps, LeadDetailPanelRoot } from './LeadDetailPanelRoot.tsx'
import { LeadDetailPanelSections } from './LeadDetailPanelSections.tsx'

export type { LeadDetailPanelProps }

/**
 * One lead, inline: `<LeadDetailPanel.Root>` with every part in the ready-made order. Pass
 * `leadId` to load through `<AuraKitProvider>` (instant when a loaded list holds it, then
 * refreshed), or `lead` / `octanistLead` to render a record you already have. To reorder, hide,
 * replace or add sections, compose the parts yourself:
 *
 * ```tsx
 * <LeadDetailPanel.Root leadId={id}>
 *   <LeadDetailPanel.Header />
 *   <LeadDetailPanel.Notes />
 *   <LeadDetailPanel.Payments />
 * </LeadDetailPanel.Root>
 * ```
 */
const LeadDetailPanelComponent = forwardRef<HTMLDivElement, LeadDetailPanelProps>(
  function LeadDetailPanel(props, ref) {
    return (
      <LeadDetailPanelRoot {...props} ref={ref}>
        <LeadDetailPanelSections />
      </LeadDetailPanelRoot>
    )
  },
)

export const LeadDetailPanel = Object.assign(LeadDetailPanelComponent, {
  Root: LeadDetailPanelRoot,
  Header: LeadDetailPanelHeader,
  Contact: LeadDetailPanelContact,
  Payments: LeadDetailPanelPayments,
  Notes: LeadDetailPanelNotes,
  Attribution: LeadDetailPanelAttribution,
  Disqualification: LeadDetailPanelDisqualification,
  Other: LeadDetailPanelOther,
  Details: LeadDetailPanelDetails,
  Consent: LeadDetailPanelConsent,
  GoogleAds: LeadDetailPanelGoogleAds,
  CustomFields: LeadDetailPanelCustomFields,
})
