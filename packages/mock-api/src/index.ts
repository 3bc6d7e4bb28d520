export type { DataMode, MockApi, MockApiOptions } from './createMockApi.ts'
export { createMockApi } from './createMockApi.ts'
export type { AwkwardKind, AwkwardRecord } from './data/awkward.ts'
export {
  AWKWARD_RTL_TEXTS,
  AWKWARD_TIMESTAMPS,
  AWKWARD_UNKNOWN_KEYS,
  makeAwkward,
} from './data/awkward.ts'
export type {
  ActionItem,
  AuraCall,
  FormAnswer,
  TranscriptData,
  TranscriptSegment,
} from './data/callTypes.ts'
export type { ClickIdKey } from './data/channels.ts'
export { CLICK_ID_KEYS, UTM_SOURCES } from './data/channels.ts'
export type {
  BookingLink,
  CallStatus,
  ClerkRole,
  ClerkUser,
  LeadStatus,
  OctanistSource,
  OctanistStatus,
} from './data/constants.ts'
export {
  BOOKING_LINKS,
  CALL_STATUSES,
  CLERK_USERS,
  CLOSER_IDS,
  LEAD_STATUSES,
  OCTANIST_LABEL_IDS,
  OCTANIST_SOURCES,
  OCTANIST_STATUSES,
  PRODUCT_IDS,
  REFERENCE_DATE,
  REFERENCE_TIME,
  SETTER_IDS,
} from './data/constants.ts'
export { createCall } from './data/createCall.ts'
export { createLead } from './data/createLead.ts'
export { createOctanistLead } from './data/createOctanistLead.ts'
export {
  HOSTILE_LEAD_IDS,
  HOSTILE_LEAD_POSITIONS,
  HOSTILE_OCTANIST_LEAD_IDS,
} from './data/hostileLeads.ts'
export type {
  AuraLead,
  DisqualificationData,
  LeadMetadata,
  LeadNote,
  LeadSource,
} from './data/leadTypes.ts'
export type { OctanistLead } from './data/octanistTypes.ts'
export { OCTANIST_CLICK_ID_FIELDS, OCTANIST_LEAD_FIELDS } from './data/octanistTypes.ts'
export type { Random } from './data/random.ts'
export { createRandom } from './data/random.ts'
export { SPECIAL_CALL_IDS } from './data/specialCalls.ts'
export type { MockCounts, MockDb } from './db.ts'
export { DEFAULT_COUNTS, DEFAULT_SEED } from './db.ts'
export type { AcceptedKeys } from './http/auth.ts'
export type { Fault } from './http/faults.ts'
export { MAX_RECORDING_SECONDS, SAMPLE_RATE } from './wav.ts'
