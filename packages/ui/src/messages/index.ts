export { en } from './en/index.ts'
export { plural } from './plural.ts'
export type { AuraMessages, CommonMessages, MessagesOverride } from './types.ts'
export { mergeMessages } from './types.ts'
