import { LeadDetailSheet } from '@aura-kit/ui'
import { useLocation, useNavigate, useParams } from 'react-router'
import { useStrings } from '../i18n/LanguageProvider.tsx'
import { richText } from '../i18n/richText.tsx'
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
  const strings = useStrings()
  const lead = useCachedOctanistLead(leadId)
  if (lead === LISTS_LOADING) {
    return null
  }
  if (lead === NOT_LOADED) {
    return (
      <p className="demo-muted demo-break" role="status">
        {richText(strings.octanistLeadNotLoaded, <code>{leadId}</code>)}
      </p>
    )
  }
  return (
    <LeadDetailSheet
      octanistLead={lead}
      open
      onOpenChange={(open) => {
        if (!open) {
          navigate({ pathname: '/octanist', search })
        }
      }}
    />
  )
}
