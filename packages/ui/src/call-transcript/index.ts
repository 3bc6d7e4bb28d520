export type { CallTranscriptProps } from './CallTranscript.tsx'
export { CallTranscript } from './CallTranscript.tsx'
export { findActiveSegment } from './findActiveSegment.ts'
export type { TranscriptExportInput, TranscriptFile, TranscriptFormat } from './transcriptExport.ts'
export {
  buildTranscriptFile,
  formatCueTime,
  transcriptToJson,
  transcriptToSrt,
  transcriptToText,
  transcriptToVtt,
} from './transcriptExport.ts'
export type { NormalizedTranscript, TranscriptEntry } from './transcriptModel.ts'
export { normalizeTranscript, UNKNOWN_SPEAKER } from './transcriptModel.ts'
export type { TranscriptMatch, TranscriptSearchResult } from './transcriptSearch.ts'
export { searchTranscript } from './transcriptSearch.ts'
export type { ResolveRecordingSrc } from './useRecordingSrc.ts'
