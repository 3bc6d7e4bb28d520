import type { Appearance } from '../aura-root/appearance.ts'
import type { MessagesOverride } from '../messages/types.ts'
import type { KnownUser, ResolveUser } from './users.ts'

/**
 * What the whole kit shares. Set once on `<AuraKitProvider>`; a component given one of these as a
 * prop overrides it for its own subtree only.
 */
export interface KitSettings {
  /** Theme and `--aura-*` variables. A nested component without one keeps its parent's. */
  appearance?: Appearance | undefined
  /** BCP 47 locale for numbers and dates; default the runtime's. */
  locale?: string | undefined
  /** IANA time zone for dates; default the runtime's. */
  timeZone?: string | undefined
  /** ISO 4217 code for amounts in cents; default USD. */
  currency?: string | undefined
  /** Strings to replace, or a whole catalogue such as `de` from `@aura-kit/ui/messages/de`. */
  messages?: MessagesOverride | undefined
  /** A display name (and avatar) for a user id; sync or async, cached per id. */
  resolveUser?: ResolveUser | undefined
  /**
   * The people a host knows up front (its team): user filters become a searchable picker of
   * them, and their names are used without asking `resolveUser`.
   */
  users?: readonly KnownUser[] | undefined
}
