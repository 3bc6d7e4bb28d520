import { columns } from './columns.ts'
import { common } from './common.ts'
import { createForm } from './createForm.ts'
import { filters } from './filters.ts'
import { insights } from './insights.ts'
import { leadPanel } from './leadPanel.ts'
import { statuses } from './statuses.ts'
import { table } from './table.ts'
import { transcript } from './transcript.ts'

/** The kit's English strings: the default catalogue. */
export const en = {
  /** Intl language of this catalogue, for plural rules. */
  language: 'en',
  columns,
  common,
  createForm,
  filters,
  insights,
  leadPanel,
  statuses,
  table,
  transcript,
}
