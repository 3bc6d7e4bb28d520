import type { AuraMessages } from '../types.ts'
import { common } from './common.ts'
import { createForm } from './createForm.ts'
import { leadPanel } from './leadPanel.ts'
import { statuses } from './statuses.ts'
import { transcript } from './transcript.ts'

/** The kit's German strings: `import { de } from '@aura-kit/ui/messages/de'`. */
export const de: AuraMessages = {
  language: 'de',
  common,
  createForm,
  leadPanel,
  statuses,
  transcript,
}
