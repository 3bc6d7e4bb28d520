import type { AuraMessages } from '../messages/types.ts'

/** The transcript's section of the kit's messages. */
export type TranscriptMessages = AuraMessages['transcript']
