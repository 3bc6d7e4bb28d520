'use client'
import { AuraApiError } from '@aura-kit/client'
import { DataState, ErrorMessage } from '../data-table/states.tsx'
import { useMessageSections } from '../kit/useMessages.ts'
import { common as commonEn } from '../messages/en/common.ts'
import { leadPanel as leadPanelEn } from '../messages/en/leadPanel.ts'
import { PanelTitle } from './PanelTitle.tsx'

const SKELETON_BLOCKS = ['title', 'subtitle', 'line', 'line', 'block', 'line', 'block'] as const

/** Placeholder blocks while the lead loads; the title names the wait for screen readers. */
export function PanelSkeleton() {
  const messages = useMessageSections({ leadPanel: leadPanelEn })
  return (
    <DataState
      status="loading"
      title={<PanelTitle className="aura-visually-hidden">{messages.leadPanel.loading}</PanelTitle>}
      skeleton={
        <div className="aura-panel-skeleton" data-testid="aura-panel-skeleton" aria-hidden="true">
          {SKELETON_BLOCKS.map((kind, index) => (
            <span
              // biome-ignore lint/suspicious/noArrayIndexKey: placeholder blocks have no identity.
              key={index}
              className="aura-skeleton-cell aura-panel-skeleton-block"
              data-kind={kind}
            />
          ))}
        </div>
      }
    />
  )
}

const isNotFound = (error: unknown) => error instanceof AuraApiError && error.status === 404

/** The load failed: "not found" or the API's message, the request id, and Retry. */
export function PanelError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const messages = useMessageSections({ leadPanel: leadPanelEn })
  return (
    <DataState
      status="error"
      error={error}
      onRetry={onRetry}
      title={
        <PanelTitle className="aura-state-title">
          {isNotFound(error) ? messages.leadPanel.notFound : messages.leadPanel.loadFailed}
        </PanelTitle>
      }
    />
  )
}

/** A failed background refresh: the shown data stays, with a note and Retry. */
export function RefreshError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const messages = useMessageSections({ common: commonEn, leadPanel: leadPanelEn })
  return (
    <div className="aura-panel-banner" role="alert">
      <span>{messages.leadPanel.refreshFailed}</span>
      <ErrorMessage error={error} />
      <button type="button" className="aura-button aura-button-small" onClick={onRetry}>
        {messages.common.retry}
      </button>
    </div>
  )
}

export function PanelEmpty() {
  const messages = useMessageSections({ leadPanel: leadPanelEn })
  return (
    <DataState
      status="empty"
      title={<PanelTitle className="aura-state-title">{messages.leadPanel.noLead}</PanelTitle>}
    />
  )
}
