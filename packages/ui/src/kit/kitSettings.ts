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

const KIT_SETTING_KEYS = [
  'appearance',
  'locale',
  'timeZone',
  'currency',
  'messages',
  'resolveUser',
  'users',
] as const satisfies ReadonlyArray<keyof KitSettings>

/** `Omit` that keeps a union of prop shapes a union (a target that is a lead id, a lead, …). */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

/** A component's props split into its kit settings (overrides for its root) and the rest. */
export function splitKitSettings<P extends KitSettings>(
  props: P,
): [KitSettings, OmitEach<P, keyof KitSettings>] {
  const settings: Record<string, unknown> = {}
  const rest: Record<string, unknown> = { ...(props as Record<string, unknown>) }
  for (const key of KIT_SETTING_KEYS) {
    if (key in rest) {
      settings[key] = rest[key]
      delete rest[key]
    }
  }
  return [settings as KitSettings, rest as OmitEach<P, keyof KitSettings>]
}
