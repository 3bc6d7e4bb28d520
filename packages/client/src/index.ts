export type { ApiResult, CursorPage, RequestOptions } from './apiResult.ts'
export type { CallListParams, LeadListParams } from './auraListParams.ts'
export type {
  OctanistClickIdFilter,
  OctanistDateFilter,
  OctanistDateValue,
  OctanistLeadQuery,
  OctanistNumberRange,
  OctanistSort,
  OctanistSortDirection,
  OctanistSortString,
} from './buildOctanistQuery.ts'
export { buildOctanistQuery } from './buildOctanistQuery.ts'
export type {
  ActionItem,
  Call,
  CallTranscript,
  FormAnswer,
  KnownCallKind,
  KnownCallStatus,
  KnownGuestRsvpStatus,
  TranscriptSegment,
} from './call.ts'
export {
  actionItemSchema,
  CALL_KINDS,
  CALL_STATUSES,
  callSchema,
  callTranscriptSchema,
  formAnswerSchema,
  GUEST_RSVP_STATUSES,
  transcriptSegmentSchema,
} from './call.ts'
export type { BaseClientOptions, HeadersOption, TokenGetter } from './clientOptions.ts'
export type {
  AuraCallsResource,
  AuraClient,
  AuraClientOptions,
  AuraLeadsResource,
  AuraListResource,
} from './createAuraClient.ts'
export { AURA_DEFAULT_BASE_URL, createAuraClient } from './createAuraClient.ts'
export type {
  OctanistClient,
  OctanistClientOptions,
  OctanistLeadsResource,
  OctanistPage,
  OctanistPagination,
} from './createOctanistClient.ts'
export { createOctanistClient, OCTANIST_DEFAULT_BASE_URL } from './createOctanistClient.ts'
export type { DataIssue } from './dataIssue.ts'
export {
  auraErrorEnvelopeSchema,
  auraItemEnvelope,
  auraListEnvelope,
  octanistErrorEnvelopeSchema,
  octanistListEnvelope,
  octanistListEnvelopeSchema,
} from './envelopes.ts'
export type {
  ApiName,
  AuraApiErrorInit,
  AuraResponseErrorInit,
  PaginationProblem,
  ValidationIssue,
} from './errors.ts'
export {
  AuraApiError,
  AuraKitError,
  AuraNetworkError,
  AuraPaginationError,
  AuraResponseError,
  AuraTimeoutError,
  AuraValidationError,
  isAuraKitError,
  isRetryable,
} from './errors.ts'
export type {
  DisqualificationData,
  KnownLeadStatus,
  KnownPaymentStatus,
  Lead,
  LeadMetadata,
  LeadNote,
  LeadSource,
} from './lead.ts'
export {
  disqualificationDataSchema,
  LEAD_STATUSES,
  leadMetadataSchema,
  leadNoteSchema,
  leadSchema,
  leadSourceSchema,
  PAYMENT_STATUSES,
} from './lead.ts'
export type {
  OctanistClickIdField,
  OctanistLead,
  OctanistLeadField,
  OctanistLeadSource,
  OctanistLeadStatus,
  OctanistSortField,
} from './octanist-lead.ts'
export {
  OCTANIST_CLICK_ID_FIELDS,
  OCTANIST_LEAD_FIELDS,
  OCTANIST_LEAD_SOURCES,
  OCTANIST_LEAD_STATUSES,
  OCTANIST_SORT_FIELDS,
  octanistLeadSchema,
} from './octanist-lead.ts'
export type { ParseRecordOptions } from './parseRecord.ts'
export { parseCall, parseLead, parseOctanistLead } from './parseRecord.ts'
export type { RateLimit } from './rate-limit.ts'
export type { DataIssueAction, RecordIssue } from './repairRecord.ts'
export type { RetryOptions } from './retry.ts'
export { DEFAULT_RETRY_OPTIONS } from './retry.ts'
export type { CreateLeadInput, LeadMetadataInput } from './validateCreateLeadInput.ts'
export { validateCreateLeadInput } from './validateCreateLeadInput.ts'
export { validateOctanistQuery } from './validateOctanistQuery.ts'
