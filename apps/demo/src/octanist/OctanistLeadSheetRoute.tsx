import { LeadDetailSheet } from '@aura-kit/ui'
import { useLocation, useNavigate, useParams } from 'react-router'
import { useTheme } from '../theme/ThemeProvider.tsx'
import { LISTS_LOADING, NOT_LOADED } from './findCachedOctanistLead.ts'
import { useCachedOctanistLead } from './useCachedOctanistLead.ts'

/**
 * `/octanist/:leadId`: the Octanist lead in the same sheet as Aura leads, over the table.
 * The lead comes from the table's loaded rows (Octanist cannot fetch one lead by id), so a shared
 * link opens once the list with the same URL filters has loaded it.
 */
export function OctanistLeadSheetRoute() {
  const { leadId = '' } = useParams()
  const navigate = useNavigate()
  const { search } = useLocation()
  const { appearance } = useTheme()
  const lead = useCachedOctanistLead(leadId)
  if (lead === LISTS_LOADING) {
    return null
  }
  if (lead === NOT_LOADED) {
    return (
      <p className="demo-muted demo-break" role="status">
        Lead <code>{leadId}</code> is not in the loaded rows. Octanist has no endpoint for one lead:
        scroll to it or search for it, then open its row.
      </p>
    )
  }
  return (
    <LeadDetailSheet
      octanistLead={lead}
      appearance={appearance}
      open
      onOpenChange={(open) => {
        if (!open) {
          navigate({ pathname: '/octanist', search })
        }
      }}
    />
  )
}
