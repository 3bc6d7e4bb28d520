'use client'
import { en } from '../messages/en/index.ts'
import { type AuraMessages, type MessagesOverride, mergeMessages } from '../messages/types.ts'
import { useKit } from './KitContext.tsx'

const catalogues = new WeakMap<MessagesOverride, AuraMessages>()

/**
 * Every string in force, the host's over all of English: for code handed a whole catalogue (column
 * factories, table labels). It ships every English section; a part that renders one section reads
 * it with `useMessages` instead.
 */
export function allMessages(messages: MessagesOverride): AuraMessages {
  let catalogue = catalogues.get(messages)
  if (!catalogue) {
    catalogue = mergeMessages(en, messages)
    catalogues.set(messages, catalogue)
  }
  return catalogue
}

/** `allMessages` of the kit in force here. */
export function useAllMessages(): AuraMessages {
  return allMessages(useKit().messages)
}
