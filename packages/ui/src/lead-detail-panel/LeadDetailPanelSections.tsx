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

/**
 * Every part in the ready-made order. Parts that do not apply to the lead (payments and
 * disqualification for an Octanist lead, details, consent, Google Ads and custom fields for an
 * Aura lead) or have nothing to show render nothing.
 */
export function LeadDetailPanelSections() {
  return (
    <>
      <LeadDetailPanelHeader />
      <LeadDetailPanelContact />
      <LeadDetailPanelDetails />
      <LeadDetailPanelConsent />
      <LeadDetailPanelGoogleAds />
      <LeadDetailPanelPayments />
      <LeadDetailPanelDisqualification />
      <LeadDetailPanelNotes />
      <LeadDetailPanelCustomFields />
      <LeadDetailPanelAttribution />
      <LeadDetailPanelOther />
    </>
  )
}
