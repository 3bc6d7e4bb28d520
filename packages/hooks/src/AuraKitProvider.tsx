'use client'
import type { AuraClient, Call, OctanistClient } from '@aura-kit/client'
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query'
import { createContext, type ReactNode, useContext, useMemo, useState } from 'react'
import { type AuraQueries, createAuraQueries } from './auraQueries.ts'
import { DEFAULT_SCOPE } from './queryKeys.ts'

export interface AuraKitProviderProps {
  /** An Aura client made with `createAuraClient`, outside React. */
  client: AuraClient
  /** Optional Octanist client for `useOctanistLeads`. */
  octanistClient?: OctanistClient
  /**
   * The `QueryClient` to use. Without one the provider uses the host's (from a surrounding
   * `QueryClientProvider`) or, when there is none, makes its own.
   */
  queryClient?: QueryClient
  /**
   * Prefix of every query key. Give two providers that share one `QueryClient` but talk to
   * different accounts different scopes, or their caches meet.
   */
  scope?: string
  /** How call recordings reach the media element; see `RecordingOptions`. */
  recordings?: RecordingOptions
  children?: ReactNode
}

/**
 * Where a call's recording is played from. By default a relative `recording_url` resolves against
 * the client's `baseUrl`, and the media element loads it without credentials.
 */
export interface RecordingOptions {
  /**
   * The URL to play for a call (a signed or proxied URL, maybe fetched from your backend); null
   * plays nothing. Relative results resolve against the client's `baseUrl`. Only http(s) and
   * `blob:` URLs ever reach the media element.
   */
  resolveSrc?:
    | ((call: Call) => string | null | undefined | Promise<string | null | undefined>)
    | undefined
  /**
   * `client`: download the recording through the client, with its token, into an object URL
   * (for APIs whose media needs the bearer token; the whole file is loaded before it plays).
   * Credentials are only ever sent to URLs under the client's `baseUrl`. Default `direct`.
   */
  access?: 'direct' | 'client' | undefined
}

interface AuraKitContextValue {
  client: AuraClient
  octanistClient: OctanistClient | undefined
  queries: AuraQueries
  recordings: RecordingOptions | undefined
}

const AuraKitContext = createContext<AuraKitContextValue | null>(null)

export function AuraKitProvider({
  client,
  octanistClient,
  queryClient,
  scope = DEFAULT_SCOPE,
  recordings,
  children,
}: AuraKitProviderProps) {
  const hostQueryClient = useContext(QueryClientContext)
  const [ownQueryClient] = useState(() =>
    queryClient || hostQueryClient ? null : new QueryClient(),
  )
  const activeQueryClient = queryClient ?? hostQueryClient ?? ownQueryClient
  const value = useMemo(
    () => ({
      client,
      octanistClient,
      queries: createAuraQueries({ client, octanistClient, scope }),
      recordings,
    }),
    [client, octanistClient, scope, recordings],
  )
  const content = <AuraKitContext.Provider value={value}>{children}</AuraKitContext.Provider>
  if (activeQueryClient === hostQueryClient || !activeQueryClient) {
    return content
  }
  return <QueryClientProvider client={activeQueryClient}>{content}</QueryClientProvider>
}

/** The provider's clients and query factories, or null outside `<AuraKitProvider>`. */
export function useOptionalAuraKit(): AuraKitContextValue | null {
  return useContext(AuraKitContext)
}

/** The provider's clients and query factories; throws outside `<AuraKitProvider>`. */
export function useAuraKit(): AuraKitContextValue {
  const value = useContext(AuraKitContext)
  if (!value) {
    throw new Error('useAuraKit must be used inside <AuraKitProvider>.')
  }
  return value
}
