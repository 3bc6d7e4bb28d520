import { AuraApiError } from '@aura-kit/client'
import { ErrorMessage } from '../data-table/states.tsx'
import { PanelTitle } from './PanelTitle.tsx'

/** Placeholder blocks while the lead loads; the title names the wait for screen readers. */
export function PanelSkeleton() {
  return (
    <article className="aura-lead-panel" aria-busy="true" aria-label="Lead details">
      <PanelTitle className="aura-visually-hidden">Loading lead…</PanelTitle>
      <div className="aura-panel-skeleton" data-testid="aura-panel-skeleton" aria-hidden="true">
        {['title', 'subtitle', 'line', 'line', 'block', 'line', 'block'].map((kind, index) => (
          <span
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholder blocks have no identity.
            key={index}
            className="aura-skeleton-cell aura-panel-skeleton-block"
            data-kind={kind}
          />
        ))}
      </div>
    </article>
  )
}

const isNotFound = (error: unknown) => error instanceof AuraApiError && error.status === 404

/** The load failed: "not found" or the API's message, the request id, and Retry. */
export function PanelError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <article className="aura-lead-panel" aria-label="Lead details">
      <div className="aura-state aura-state-error" role="alert">
        <PanelTitle className="aura-state-title">
          {isNotFound(error) ? 'Lead not found' : "Couldn't load this lead"}
        </PanelTitle>
        <ErrorMessage error={error} />
        <button type="button" className="aura-button" onClick={onRetry}>
          Retry
        </button>
      </div>
    </article>
  )
}

/** A failed background refresh: the shown data stays, with a note and Retry. */
export function RefreshError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <div className="aura-panel-banner" role="alert">
      <span>Couldn't refresh this lead; showing saved data.</span>
      <ErrorMessage error={error} />
      <button type="button" className="aura-button aura-button-small" onClick={onRetry}>
        Retry
      </button>
    </div>
  )
}

export function PanelEmpty() {
  return (
    <article className="aura-lead-panel" aria-label="Lead details">
      <div className="aura-state aura-state-empty">
        <PanelTitle className="aura-state-title">No lead selected</PanelTitle>
      </div>
    </article>
  )
}
