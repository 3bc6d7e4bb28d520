import type { en } from './en/index.ts'

/** Every string the kit renders, by section. A catalogue (`en`, `de`) fills all of them. */
export type AuraMessages = typeof en
export type CommonMessages = AuraMessages['common']
export type StatusMessages = AuraMessages['statuses']

/** A section of the catalogue: every key but `language`. */
export type MessagesSection = Exclude<keyof AuraMessages, 'language'>

/** What a host passes to change some strings: any section, any subset of its keys. */
export type MessagesOverride = { language?: string } & {
  [S in MessagesSection]?: Partial<AuraMessages[S]>
}

/** `base` with the override's strings laid over it, section by section. */
export function mergeMessages(
  base: AuraMessages,
  override: MessagesOverride | undefined,
): AuraMessages
export function mergeMessages(
  base: MessagesOverride,
  override: MessagesOverride | undefined,
): MessagesOverride
export function mergeMessages(
  base: MessagesOverride,
  override: MessagesOverride | undefined,
): MessagesOverride {
  if (!override) {
    return base
  }
  const merged: Record<string, unknown> = { ...base }
  for (const [key, value] of Object.entries(override)) {
    const current = merged[key]
    merged[key] =
      typeof value === 'object' && value !== null && typeof current === 'object' && current !== null
        ? { ...current, ...value }
        : (value ?? current)
  }
  return merged as MessagesOverride
}
