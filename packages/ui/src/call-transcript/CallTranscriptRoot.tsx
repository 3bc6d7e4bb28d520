'use client'
import type { Call } from '@aura-kit/client'
import { useCall } from '@aura-kit/hooks'
import {
  forwardRef,
  type HTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
  useMemo,
  useRef,
} from 'react'
import { AuraRoot } from '../aura-root/AuraRoot.tsx'
import { DataState } from '../data-table/states.tsx'
import { composeEventHandlers } from '../kit/compose.ts'
import { useKit } from '../kit/KitContext.tsx'
import type { KitSettings } from '../kit/kitSettings.ts'
import { cx } from '../kit/parts.ts'
import { messagesSection, useMessages } from '../kit/useMessages.ts'
import { transcript as transcriptEn } from '../messages/en/transcript.ts'
import { mergeMessages } from '../messages/types.ts'
import { skipBy, togglePlayback } from './mediaControls.ts'
import { type TranscriptOptions, TranscriptProvider } from './TranscriptProvider.tsx'
import { shortcutFor } from './transcriptShortcuts.ts'

export interface CallTranscriptRootProps
  extends Omit<HTMLAttributes<HTMLDivElement>, 'children'>,
    KitSettings,
    TranscriptOptions {
  /** Loads the call through `<AuraKitProvider>` (`useCall`). Ignored when `call` is given. */
  callId?: string | undefined
  /** A call from your own data layer; no provider needed. */
  call?: Call | undefined
  /**
   * @deprecated Use `resolveUser` (here or on `<AuraKitProvider>`), which also takes avatars and
   * async lookups. Still honoured: it feeds the kit's `resolveUser` when that is not given.
   */
  resolveUserName?: ((userId: string) => string | undefined) | undefined
  /** The parts, rendered once the call is there (the root shows loading and errors itself). */
  children?: ReactNode
}

type LoadState =
  | { kind: 'call'; call: Call }
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown; retry: () => void }
  | { kind: 'none' }

/**
 * The transcript's kit root (theme, locale, messages and people for everything inside) and the
 * region its keyboard shortcuts answer in. Takes `call`, or `callId` inside `<AuraKitProvider>`,
 * shows the loading and error states itself, and hands the loaded call, the media element and the
 * search, speaker filter and follow state to the parts inside it.
 */
export const CallTranscriptRoot = forwardRef<HTMLDivElement, CallTranscriptRootProps>(
  function CallTranscriptRoot({ call, callId, ...props }, ref) {
    if (call) {
      return <RootFrame {...props} ref={ref} loadState={{ kind: 'call', call }} />
    }
    if (callId) {
      return <QueryRoot {...props} ref={ref} callId={callId} />
    }
    return <RootFrame {...props} ref={ref} loadState={{ kind: 'none' }} />
  },
)

type FrameProps = Omit<CallTranscriptRootProps, 'call' | 'callId'>

const QueryRoot = forwardRef<HTMLDivElement, FrameProps & { callId: string }>(function QueryRoot(
  { callId, ...props },
  ref,
) {
  const query = useCall(callId)
  let loadState: LoadState
  if (query.data) {
    loadState = { kind: 'call', call: query.data }
  } else if (query.status === 'error') {
    loadState = { kind: 'error', error: query.error, retry: () => query.refetch() }
  } else {
    loadState = { kind: 'loading' }
  }
  return <RootFrame {...props} ref={ref} loadState={loadState} />
})

const RootFrame = forwardRef<HTMLDivElement, FrameProps & { loadState: LoadState }>(
  function RootFrame(
    {
      loadState,
      messages,
      resolveUser,
      resolveUserName,
      recordingBaseUrl,
      resolveRecordingSrc,
      recordingAccess,
      recordingType,
      onExport,
      label,
      className,
      onKeyDown,
      children,
      ...rest
    },
    ref,
  ) {
    // The region's name is in the root's own language: its messages laid over the inherited ones.
    const inherited = useKit().messages
    const ownText = useMemo(
      () => messagesSection(mergeMessages(inherited, messages), 'transcript', transcriptEn),
      [inherited, messages],
    )
    const mediaRef = useRef<HTMLMediaElement | null>(null)
    const onShortcut = (event: KeyboardEvent<HTMLDivElement>) => {
      const media = mediaRef.current
      const action = media === null ? null : shortcutFor(event)
      // Keys typed in a portalled menu bubble here through React; only the region's own DOM counts.
      if (
        media === null ||
        action === null ||
        !event.currentTarget.contains(event.target as Node)
      ) {
        return
      }
      event.preventDefault()
      if (action.type === 'toggle') {
        togglePlayback(media)
      } else {
        skipBy(media, action.seconds)
      }
    }
    return (
      <AuraRoot
        role="region"
        aria-label={label ?? ownText.label}
        aria-busy={loadState.kind === 'loading' ? true : undefined}
        {...rest}
        ref={ref}
        className={cx('aura-transcript-root', className)}
        messages={messages}
        resolveUser={resolveUser ?? resolveUserName}
        // Keys bubble here from every part: the transcript's shortcuts.
        onKeyDown={composeEventHandlers(onKeyDown, onShortcut)}
      >
        {loadState.kind === 'call' ? (
          <TranscriptProvider
            call={loadState.call}
            mediaRef={mediaRef}
            recordingBaseUrl={recordingBaseUrl}
            resolveRecordingSrc={resolveRecordingSrc}
            recordingAccess={recordingAccess}
            recordingType={recordingType}
            onExport={onExport}
            label={label}
          >
            {children}
          </TranscriptProvider>
        ) : (
          <RootState loadState={loadState} />
        )}
      </AuraRoot>
    )
  },
)

/** Loading, failed, or no call asked for: the kit's one state component. */
function RootState({ loadState }: { loadState: Exclude<LoadState, { kind: 'call' }> }) {
  const transcript = useMessages('transcript', transcriptEn)
  switch (loadState.kind) {
    case 'loading':
      return <DataState status="loading" title={transcript.loadingCall} rows={6} columns={2} />
    case 'error':
      return (
        <DataState
          status="error"
          title={transcript.loadFailed}
          error={loadState.error}
          onRetry={loadState.retry}
        />
      )
    case 'none':
      return <DataState status="empty" title={transcript.noCall} />
    default:
      return loadState satisfies never
  }
}
