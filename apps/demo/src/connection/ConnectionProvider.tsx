import { AuraKitProvider, type KitSettings } from '@aura-kit/ui'
import { QueryClient } from '@tanstack/react-query'
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react'
import { useLanguage } from '../i18n/LanguageProvider.tsx'
import { useTheme } from '../theme/ThemeProvider.tsx'
import { CONNECTION_STORAGE_KEY, type Connection, initialConnection } from './connection.ts'
import { createClients } from './createClients.ts'
import { MOCK_USERS, resolveMockUser } from './mockPeople.ts'

interface ConnectionContextValue {
  connection: Connection
  setConnection: (connection: Connection) => void
}

const ConnectionContext = createContext<ConnectionContextValue | null>(null)

/** People's names are known for the mock's team only; a real API's ids show as they are. */
const MOCK_PEOPLE: Pick<KitSettings, 'resolveUser' | 'users'> = {
  resolveUser: resolveMockUser,
  users: MOCK_USERS,
}
const NO_PEOPLE: Pick<KitSettings, 'resolveUser' | 'users'> = {}

function readSession(): string | null {
  try {
    return sessionStorage.getItem(CONNECTION_STORAGE_KEY)
  } catch {
    return null
  }
}

function writeSession(connection: Connection): void {
  try {
    sessionStorage.setItem(CONNECTION_STORAGE_KEY, JSON.stringify(connection))
  } catch {
    // Storage off (privacy mode): the connection then lasts until reload.
  }
}

/**
 * Owns the connection and sets up the kit once for every page: the ui `AuraKitProvider` with
 * clients and a cache that match the connection, and the kit-wide settings (theme, language,
 * people) that every kit component inherits.
 */
export function ConnectionProvider({ children }: { children: ReactNode }) {
  const { appearance } = useTheme()
  const { locale, messages } = useLanguage()
  const [connection, setConnectionState] = useState(() =>
    initialConnection(readSession(), import.meta.env.VITE_AURA_API_URL),
  )
  const setConnection = useCallback((next: Connection) => {
    writeSession(next)
    setConnectionState(next)
  }, [])
  // A new connection gets a new cache: rows of one account never show under another.
  const providerProps = useMemo(
    () => ({
      ...createClients(connection, location.origin),
      queryClient: new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 } } }),
      ...(connection.kind === 'mock' ? MOCK_PEOPLE : NO_PEOPLE),
    }),
    [connection],
  )
  const value = useMemo(() => ({ connection, setConnection }), [connection, setConnection])
  return (
    <ConnectionContext.Provider value={value}>
      <AuraKitProvider
        {...providerProps}
        appearance={appearance}
        locale={locale}
        messages={messages}
      >
        {children}
      </AuraKitProvider>
    </ConnectionContext.Provider>
  )
}

export function useConnection(): ConnectionContextValue {
  const value = useContext(ConnectionContext)
  if (!value) {
    throw new Error('useConnection must be used inside <ConnectionProvider>.')
  }
  return value
}
