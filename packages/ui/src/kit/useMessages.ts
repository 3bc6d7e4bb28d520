'use client'
import type { AuraMessages, MessagesOverride, MessagesSection } from '../messages/types.ts'
import { useKit } from './KitContext.tsx'

// One merged section per (default, host section) pair: the same strings keep the same object, so
// memos keyed on a section hold across renders.
const merged = new WeakMap<object, WeakMap<object, object>>()

/**
 * One section of the strings in force: the host's (`messages` on the provider or a component,
 * a whole catalogue such as `de` or a few keys) laid over `defaults`, the English section the
 * caller imports (`import { table } from '../messages/en/table.ts'`). A component ships only the
 * English sections it renders.
 */
export function messagesSection<S extends MessagesSection>(
  messages: MessagesOverride,
  section: S,
  defaults: AuraMessages[S],
): AuraMessages[S] {
  const own = messages[section]
  if (!own) {
    return defaults
  }
  let byOwn = merged.get(defaults)
  if (!byOwn) {
    byOwn = new WeakMap()
    merged.set(defaults, byOwn)
  }
  let result = byOwn.get(own) as AuraMessages[S] | undefined
  if (!result) {
    result = { ...defaults, ...own }
    byOwn.set(own, result)
  }
  return result
}

/** `messagesSection` of the kit in force here: `useMessages('transcript', transcript)`. */
export function useMessages<S extends MessagesSection>(
  section: S,
  defaults: AuraMessages[S],
): AuraMessages[S] {
  return messagesSection(useKit().messages, section, defaults)
}

/** The language of the strings in force (for `lang` and plural rules): the host's, else English. */
export function useMessagesLanguage(): string {
  return useKit().messages.language ?? 'en'
}

/**
 * Several sections at once, each as `useMessages` gives it:
 * `useMessageSections({ common, table })` with the English sections the caller imports.
 */
export function useMessageSections<S extends MessagesSection>(
  defaults: Pick<AuraMessages, S>,
): Pick<AuraMessages, S> {
  const messages = useKit().messages
  const result = {} as Pick<AuraMessages, S>
  for (const section of Object.keys(defaults) as S[]) {
    result[section] = messagesSection(messages, section, defaults[section])
  }
  return result
}
