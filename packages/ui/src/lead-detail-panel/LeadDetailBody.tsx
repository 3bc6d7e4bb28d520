'use client'
import { useLead } from '@aura-kit/hooks'
import { LeadContent } from './LeadContent.tsx'
import type { LeadDetailOptions, LeadDetailTarget } from './leadDetailProps.ts'
import { OctanistLeadContent } from './OctanistLeadContent.tsx'
import { PanelEmpty, PanelError, PanelSkeleton, RefreshError } from './PanelStates.tsx'
import type { PanelFormatters } from './panelFormatters.ts'
import { usePanelFormatters } from './usePanelFormatters.ts'

export type LeadDetailBodyProps = LeadDetailOptions & LeadDetailTarget

/** The panel's content for whichever lead it was given; the frame (inline or sheet) is the caller's. */
export function LeadDetailBody(props: LeadDetailBodyProps) {
  const format = usePanelFormatters(props)
  if (props.octanistLead) {
    return <OctanistLeadContent lead={props.octanistLead} format={format} />
  }
  if (props.lead) {
    return <LeadContent lead={props.lead} format={format} resolveUserName={props.resolveUserName} />
  }
  if (props.leadId !== undefined) {
    return (
      <QueryLeadContent
        leadId={props.leadId}
        format={format}
        resolveUserName={props.resolveUserName}
      />
    )
  }
  return <PanelEmpty />
}

/** Shows the cached copy at once (from any loaded list), and refreshes it in the background. */
function QueryLeadContent({
  leadId,
  format,
  resolveUserName,
}: {
  leadId: string
  format: PanelFormatters
  resolveUserName: LeadDetailOptions['resolveUserName']
}) {
  const query = useLead(leadId)
  const retry = () => {
    query.refetch()
  }
  if (query.data) {
    return (
      <LeadContent
        lead={query.data}
        format={format}
        resolveUserName={resolveUserName}
        refreshing={query.isFetching}
        banner={query.isError ? <RefreshError error={query.error} onRetry={retry} /> : null}
      />
    )
  }
  if (query.isError) {
    return <PanelError error={query.error} onRetry={retry} />
  }
  return <PanelSkeleton />
}
