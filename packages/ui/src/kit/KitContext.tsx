'use client'
import { QueryClient, QueryClientContext } from '@tanstack/react-query'
import { createContext, useContext, useMemo, useState } from 'react'
import type { Appearance } from '../aura-root/appearance.ts'
import { type MessagesOverride, mergeMessages } from '../messages/types.ts'
import { createFormatters, type Formatters } from '../utils/formatters.ts'
import type { KitSettings } from './kitSettings.ts'
import { createUserLookup, type KnownUser, type ResolveUser, type UserLookup } from './users.ts'

/** The kit's shared settings as every part reads them: resolved, with formatters built once. */
export interface Kit {
  appearance: Appearance | undefined
  locale: string | undefined
  timeZone: string | undefined
  currency: string
  /**
   * The host's strings in force (provider and components' `messages`, merged); a section it did
   * not give is left out. Read a section, English where the host gave none, with `useMessages`.
   */
  messages: MessagesOverride
  format: Formatters
  resolveUser: ResolveUser | undefined
  /** The people the host listed up front (for pickers). */
  users: readonly KnownUser[]
  /** `users`, then `resolveUser` (asked at most once per id). */
  lookupUser: UserLookup | undefined
  /** Caches resolved users (the host's QueryClient when there is one). */
  queryClient: QueryClient
  /** Where popovers, menus and dialogs mount: the nearest kit root element. */
  portalContainer: HTMLElement | null
}

const KitContext = createContext<Kit | null>(null)
const NO_USERS: readonly KnownUser[] = []
const NO_MESSAGES: MessagesOverride = {}

export const KitProvider = KitContext.Provider

/** The kit settings in force here; outside any provider or root, the defaults. */
export function useKit(): Kit {
  const kit = useContext(KitContext)
  const fallback = useDefaultKit(kit === null)
  return (kit ?? fallback) as Kit
}

/** The defaults (English, runtime locale and zone, USD), built only where no kit is above. */
function useDefaultKit(needed: boolean): Kit | null {
  const hostQueryClient = useContext(QueryClientContext)
  const [ownQueryClient] = useState(() => (needed && !hostQueryClient ? new QueryClient() : null))
  return useMemo(() => {
    if (!needed) {
      return null
    }
    return {
      appearance: undefined,
      locale: undefined,
      timeZone: undefined,
      currency: 'USD',
      messages: NO_MESSAGES,
      format: createFormatters(),
      resolveUser: undefined,
      users: NO_USERS,
      lookupUser: undefined,
      queryClient: hostQueryClient ?? ownQueryClient ?? new QueryClient(),
      portalContainer: null,
    }
  }, [needed, hostQueryClient, ownQueryClient])
}

/**
 * The settings for a subtree: `settings` over the inherited `parent`. Formatters are rebuilt only
 * when locale, time zone or currency change.
 */
export function useResolvedKit(settings: KitSettings, portalContainer: HTMLElement | null): Kit {
  const parent = useKit()
  const { appearance, locale, timeZone, currency, messages, resolveUser, users } = settings
  const nextLocale = locale ?? parent.locale
  const nextTimeZone = timeZone ?? parent.timeZone
  const nextCurrency = currency ?? parent.currency
  const format = useMemo(
    () =>
      nextLocale === parent.locale &&
      nextTimeZone === parent.timeZone &&
      nextCurrency === parent.currency
        ? parent.format
        : createFormatters({ locale: nextLocale, timeZone: nextTimeZone, currency: nextCurrency }),
    [parent, nextLocale, nextTimeZone, nextCurrency],
  )
  const nextResolveUser = resolveUser ?? parent.resolveUser
  const nextUsers = users ?? parent.users
  const lookupUser = useMemo(
    () =>
      nextResolveUser === parent.resolveUser && nextUsers === parent.users
        ? parent.lookupUser
        : nextResolveUser || nextUsers.length > 0
          ? createUserLookup(nextResolveUser, nextUsers)
          : undefined,
    [parent, nextResolveUser, nextUsers],
  )
  const mergedMessages = useMemo(
    () => mergeMessages(parent.messages, messages),
    [parent.messages, messages],
  )
  return useMemo(
    () => ({
      appearance: mergeAppearance(parent.appearance, appearance),
      locale: nextLocale,
      timeZone: nextTimeZone,
      currency: nextCurrency,
      messages: mergedMessages,
      format,
      resolveUser: nextResolveUser,
      users: nextUsers,
      lookupUser,
      queryClient: parent.queryClient,
      portalContainer: portalContainer ?? parent.portalContainer,
    }),
    [
      parent,
      appearance,
      nextLocale,
      nextTimeZone,
      nextCurrency,
      mergedMessages,
      format,
      nextResolveUser,
      nextUsers,
      lookupUser,
      portalContainer,
    ],
  )
}

/** A child's theme wins; its variables are laid over the parent's. */
function mergeAppearance(
  parent: Appearance | undefined,
  own: Appearance | undefined,
): Appearance | undefined {
  if (!own) {
    return parent
  }
  if (!parent) {
    return own
  }
  return {
    theme: own.theme ?? parent.theme,
    variables: { ...parent.variables, ...own.variables },
  }
}
