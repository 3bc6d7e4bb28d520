'use client'
import { useQuery } from '@tanstack/react-query'
import { useKit } from './KitContext.tsx'

/** A person as the host knows them. */
export interface KitUser {
  name: string
  /** http(s) only; anything else is not shown. */
  avatarUrl?: string | null | undefined
}

/** A person with their id, as listed in the kit's `users`. */
export interface KnownUser extends KitUser {
  id: string
}

type Resolved = KitUser | string | null | undefined

/** A user id (e.g. a Clerk id) to a person: a name string, a `KitUser`, or nothing known. */
export type ResolveUser = (id: string) => Resolved | Promise<Resolved>

const isPromise = (value: unknown): value is Promise<Resolved> =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Promise<unknown>).then === 'function'

function toUser(value: Resolved): KitUser | null {
  if (typeof value === 'string') {
    return value.trim() === '' ? null : { name: value }
  }
  if (value && typeof value.name === 'string' && value.name.trim() !== '') {
    return value
  }
  return null
}

/**
 * The listed `users` first, then `resolveUser`, asked at most once per id (its answer, a value or
 * a promise, is kept).
 */
export function createUserLookup(
  resolveUser: ResolveUser | undefined,
  users: readonly KnownUser[] = [],
): UserLookup {
  const answers = new Map<string, Resolved | Promise<Resolved>>(
    users.map((user) => [user.id, user]),
  )
  const lookup = (id: string) => {
    if (resolveUser && !answers.has(id)) {
      answers.set(id, resolveUser(id))
    }
    return answers.get(id)
  }
  // Two resolvers on one QueryClient must not share cached answers for the same id.
  lookupCount += 1
  return Object.assign(lookup, { scope: `lookup-${lookupCount}` })
}

export type UserLookup = ((id: string) => Resolved | Promise<Resolved>) & { scope: string }

let lookupCount = 0

/** The query key of a resolved user, per lookup (one provider's or component's resolver). */
export const userQueryKey = (id: string, scope = 'lookup-1') =>
  ['aura-kit', 'user', scope, id] as const

/**
 * The person behind `id` through the kit's `resolveUser`, cached per id in the kit's QueryClient
 * (a sync answer is there on the first render, server included); null while unknown.
 */
export function useUser(id: string | null | undefined): KitUser | null {
  const { lookupUser, queryClient } = useKit()
  const key = typeof id === 'string' ? id : ''
  const enabled = lookupUser !== undefined && key !== ''
  const query = useQuery(
    {
      queryKey: userQueryKey(key, lookupUser?.scope),
      queryFn: async () => toUser(await lookupUser?.(key)),
      initialData: () => {
        const answer = enabled ? lookupUser?.(key) : undefined
        return isPromise(answer) ? undefined : toUser(answer)
      },
      enabled,
      staleTime: Number.POSITIVE_INFINITY,
      retry: false,
    },
    queryClient,
  )
  return enabled ? (query.data ?? null) : null
}
