import { CLERK_USERS } from '@aura-kit/mock-api'
import type { KitSettings, KitUser } from '@aura-kit/ui'

type KnownUsers = NonNullable<KitSettings['users']>

/** The mock's team (the closers and setters its seeded leads and calls name), as the kit lists people. */
export const MOCK_USERS: KnownUsers = CLERK_USERS.map(({ id, name }) => ({ id, name }))

const byId = new Map<string, KitUser>(MOCK_USERS.map((user) => [user.id, user]))

/** A mock user id to that person; null for ids the mock does not know. */
export function resolveMockUser(id: string): KitUser | null {
  return byId.get(id) ?? null
}
