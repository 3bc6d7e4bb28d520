'use client'
import { forwardRef } from 'react'
import { AuraRoot } from '../aura-root/AuraRoot.tsx'
import { LeadDetailBody } from './LeadDetailBody.tsx'
import type {
  LeadDetailFrameProps,
  LeadDetailOptions,
  LeadDetailTarget,
} from './leadDetailProps.ts'

export type LeadDetailPanelProps = LeadDetailOptions & LeadDetailFrameProps & LeadDetailTarget

/**
 * One lead, inline. Pass `leadId` to load through `<AuraKitProvider>` (instant when a loaded list
 * holds it, then refreshed), or `lead` / `octanistLead` to render a record you already have.
 */
export const LeadDetailPanel = forwardRef<HTMLDivElement, LeadDetailPanelProps>(
  function LeadDetailPanel({ appearance, className, ...body }, ref) {
    return (
      <AuraRoot ref={ref} appearance={appearance} className={className}>
        <LeadDetailBody {...body} />
      </AuraRoot>
    )
  },
)
