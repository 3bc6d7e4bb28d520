'use client'
import type { AuraClient, OctanistClient } from '@aura-kit/client'
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
  children?: ReactNode
}

interface AuraKitContextValue {
  client: AuraClient
  octanistClient: OctanistClient | undefined
  queries: AuraQueries
}

const AuraKitContext = createContext<AuraKitContextValue | null>(null)

export function AuraKitProvider({
  client,
  octanistClient,
  queryClient,
  scope = DEFAULT_SCOPE,
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
    }),
    [client, octanistClient, scope],
  )
  const content = <AuraKitContext.Provider value={value}>{children}</AuraKitContext.Provider>
  if (activeQueryClient === hostQueryClient || !activeQueryClient) {
    return content
  }
  return <QueryClientProvider client={activeQueryClient}>{content}</QueryClientProvider>
}

/** The provider's clients and query factories; throws outside `<AuraKitProvider>`. */
export function useAuraKit(): AuraKitContextValue {
  const value = useContext(AuraKitContext)
  if (!value) {
    throw new Error('useAuraKit must be used inside <AuraKitProvider>.')
  }
  return value
}
