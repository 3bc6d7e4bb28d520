import { type Call, callObjectShape, normalizeCallStatus } from './call.ts'
import { type Lead, leadShape } from './lead.ts'
import { type OctanistLead, octanistLeadShape } from './octanist-lead.ts'
import { type RecordIssue, repairRecord } from './repairRecord.ts'

export interface ParseRecordOptions {
  /** Called once per repaired or dropped path; `path` is relative to the record. */
  onIssue?: (issue: RecordIssue) => void
}

/** Turns raw data into a record the client would return, or null when it has no usable id. */
export type RecordParser<T> = (raw: unknown, options?: ParseRecordOptions) => T | null

/** An Aura lead: odd values become null, odd array items are dropped; null without an id. */
export function parseLead(raw: unknown, options: ParseRecordOptions = {}): Lead | null {
  return repairRecord(leadShape, raw, options.onIssue)
}

/** An Aura call, `outcome` copied into a missing `status`; null without an id. */
export function parseCall(raw: unknown, options: ParseRecordOptions = {}): Call | null {
  const call = repairRecord(callObjectShape, raw, options.onIssue)
  return call && normalizeCallStatus(call)
}

/** An Octanist lead, repaired the same way; null without an id. */
export function parseOctanistLead(
  raw: unknown,
  options: ParseRecordOptions = {},
): OctanistLead | null {
  return repairRecord(octanistLeadShape, raw, options.onIssue)
}
