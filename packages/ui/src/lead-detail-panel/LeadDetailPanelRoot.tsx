'use client'
import type { Lead, OctanistLead } from '@aura-kit/client'
import { useLead } from '@aura-kit/hooks'
import { forwardRef, type ReactNode, useMemo } from 'react'
import { AuraRoot, type AuraRootProps } from '../aura-root/AuraRoot.tsx'
import { useMessageSections } from '../kit/useMessages.ts'
import { common as commonEn } from '../messages/en/common.ts'
import { leadPanel as leadPanelEn } from '../messages/en/leadPanel.ts'
import { type PanelContextValue, PanelProvider } from './LeadDetailContext.tsx'
import type { LeadDetailOptions, LeadDetailTarget } from './leadDetailProps.ts'
import { PanelEmpty, PanelError, PanelSkeleton, RefreshError } from './PanelStates.tsx'
import type { PanelFormatters } from './panelFormatters.ts'
import { usePanelFormatters } from './usePanelFormatters.ts'
import { createValueText } from './valueText.ts'

/** The ready-made panel's props: the root element's, the kit overrides, options and the target. */
export type LeadDetailPanelProps = Omit<AuraRootProps, 'children'> &
  LeadDetailOptions &
  LeadDetailTarget

export type LeadDetailPanelRootProps = LeadDetailPanelProps & {
  /** The parts to show once the lead is there (loading, error and empty states are the root's). */
  children?: ReactNode
}

/**
 * Holds one lead for the parts inside it: `leadId` loads it through `<AuraKitProvider>` (at once
 * from a loaded list, then refreshed), `lead` or `octanistLead` is used as given. Renders the kit
 * root element (ref, class and other props go there; `appearance`, `locale`, `timeZone`,
 * `currency`, `messages`, `resolveUser` and `users` override the kit for this panel) and inside it
 * the panel's `article`, holding the parts, or the skeleton, the error or "No lead selected".
 */
export const LeadDetailPanelRoot = forwardRef<HTMLDivElement, LeadDetailPanelRootProps>(
  function LeadDetailPanelRoot(props, ref) {
    const {
      leadId,
      lead,
      octanistLead,
      now,
      resolveUserName,
      resolveUser,
      children,
      ...rootProps
    } = props
    return (
      <AuraRoot {...rootProps} ref={ref} resolveUser={resolveUser ?? resolveUserName}>
        <PanelContent target={{ leadId, lead, octanistLead }} now={now}>
          {children}
        </PanelContent>
      </AuraRoot>
    )
  },
)

interface PanelContentProps {
  target: {
    leadId?: string | undefined
    lead?: Lead | undefined
    octanistLead?: OctanistLead | undefined
  }
  now: number | undefined
  children: ReactNode
}

function PanelContent({ target, now, children }: PanelContentProps) {
  const { leadId, lead, octanistLead } = target
  const format = usePanelFormatters(now)
  const messages = useMessageSections({ common: commonEn })
  const text = useMemo(() => createValueText(messages.common), [messages.common])
  if (octanistLead) {
    return (
      <PanelArticle source="octanist">
        <PanelProvider
          value={{ source: 'octanist', octanistLead, refreshing: false, format, text }}
        >
          {children}
        </PanelProvider>
      </PanelArticle>
    )
  }
  if (lead) {
    return (
      <PanelArticle source="aura">
        <PanelProvider value={{ source: 'aura', lead, refreshing: false, format, text }}>
          {children}
        </PanelProvider>
      </PanelArticle>
    )
  }
  if (leadId !== undefined) {
    return (
      <QueryLeadContent leadId={leadId} format={format} text={text}>
        {children}
      </QueryLeadContent>
    )
  }
  return (
    <PanelArticle>
      <PanelEmpty />
    </PanelArticle>
  )
}

/** Shows the cached copy at once (from any loaded list), and refreshes it in the background. */
function QueryLeadContent({
  leadId,
  format,
  text,
  children,
}: {
  leadId: string
  format: PanelFormatters
  text: PanelContextValue['text']
  children: ReactNode
}) {
  const query = useLead(leadId)
  const retry = () => {
    query.refetch()
  }
  if (query.data) {
    const refreshing = query.isFetching
    return (
      <PanelArticle source="aura" busy={refreshing}>
        {query.isError ? <RefreshError error={query.error} onRetry={retry} /> : null}
        <PanelProvider value={{ source: 'aura', lead: query.data, refreshing, format, text }}>
          {children}
        </PanelProvider>
      </PanelArticle>
    )
  }
  if (query.isError) {
    return (
      <PanelArticle>
        <PanelError error={query.error} onRetry={retry} />
      </PanelArticle>
    )
  }
  return (
    <PanelArticle busy>
      <PanelSkeleton />
    </PanelArticle>
  )
}

function PanelArticle({
  source,
  busy,
  children,
}: {
  source?: 'aura' | 'octanist' | undefined
  busy?: boolean | undefined
  children: ReactNode
}) {
  const messages = useMessageSections({ leadPanel: leadPanelEn })
  return (
    <article
      className="aura-lead-panel"
      aria-label={messages.leadPanel.panelLabel}
      aria-busy={busy || undefined}
      data-source={source}
    >
      {children}
    </article>
  )
}
