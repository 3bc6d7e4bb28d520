import { AuraKitProvider } from '@aura-kit/hooks'
import { QueryClient } from '@tanstack/react-query'
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react'
import { CONNECTION_STORAGE_KEY, type Connection, initialConnection } from './connection.ts'
import { createClients } from './createClients.ts'

interface ConnectionContextValue {
  connection: Connection
  setConnection: (connection: Connection) => void
}

const ConnectionContext = createContext<ConnectionContextValue | null>(null)

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

/** Owns the connection and gives every page a provider whose clients and cache match it. */
export function ConnectionProvider({ children }: { children: ReactNode }) {
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
    }),
    [connection],
  )
  const value = useMemo(() => ({ connection, setConnection }), [connection, setConnection])
  return (
    <ConnectionContext.Provider value={value}>
      <AuraKitProvider {...providerProps}>{children}</AuraKitProvider>
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
