import { useLocation, useNavigate, useParams } from 'react-router'
import { LeadSheetPlaceholder } from './LeadSheetPlaceholder.tsx'

/** `/leads/:leadId`: the lead's sheet over the still-mounted table; closing keeps the filters. */
export function LeadSheetRoute() {
  const { leadId = '' } = useParams()
  const navigate = useNavigate()
  const { search } = useLocation()
  // PHASE 2: render `<LeadDetailSheet>` from @aura-kit/ui (lead-detail-panel/) here, with the
  // same leadId / open / onOpenChange, and delete LeadSheetPlaceholder.
  return (
    <LeadSheetPlaceholder
      leadId={leadId}
      open
      onOpenChange={(open) => {
        if (!open) {
          navigate({ pathname: '/leads', search })
        }
      }}
    />
  )
}
