import { LeadDetailSheet } from '@aura-kit/ui'
import { useLocation, useNavigate, useParams } from 'react-router'

/**
 * `/leads/:leadId`: the lead's sheet over the still-mounted table; closing keeps the filters.
 * The sheet returns focus itself to what had it when it opened (the row), so no trigger is needed.
 */
export function LeadSheetRoute() {
  const { leadId = '' } = useParams()
  const navigate = useNavigate()
  const { search } = useLocation()
  return (
    <LeadDetailSheet
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
