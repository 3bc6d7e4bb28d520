export type { CallTranscriptProps } from './CallTranscript.tsx'
export { CallTranscript } from './CallTranscript.tsx'
export type { CallTranscriptExportProps } from './CallTranscriptExport.tsx'
export { CallTranscriptExport } from './CallTranscriptExport.tsx'
export type { CallTranscriptFollowProps } from './CallTranscriptFollow.tsx'
export { CallTranscriptFollow } from './CallTranscriptFollow.tsx'
export type { CallTranscriptHeaderProps } from './CallTranscriptHeader.tsx'
export { CallTranscriptHeader } from './CallTranscriptHeader.tsx'
export type { CallTranscriptInsightsProps } from './CallTranscriptInsights.tsx'
export { CallTranscriptInsights } from './CallTranscriptInsights.tsx'
export type { CallTranscriptListProps } from './CallTranscriptList.tsx'
export { CallTranscriptList } from './CallTranscriptList.tsx'
export type { CallTranscriptPlayerProps } from './CallTranscriptPlayer.tsx'
export { CallTranscriptPlayer } from './CallTranscriptPlayer.tsx'
export type { CallTranscriptRootProps } from './CallTranscriptRoot.tsx'
export { CallTranscriptRoot } from './CallTranscriptRoot.tsx'
export type { CallTranscriptSearchProps } from './CallTranscriptSearch.tsx'
export { CallTranscriptSearch } from './CallTranscriptSearch.tsx'
export type { CallTranscriptSpeakerFilterProps } from './CallTranscriptSpeakerFilter.tsx'
export { CallTranscriptSpeakerFilter } from './CallTranscriptSpeakerFilter.tsx'
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
export type { TranscriptMessages } from './transcriptMessages.ts'
export type { NormalizedTranscript, TranscriptEntry } from './transcriptModel.ts'
export { normalizeTranscript, UNKNOWN_SPEAKER } from './transcriptModel.ts'
export type { TranscriptMatch, TranscriptSearchResult } from './transcriptSearch.ts'
export { searchTranscript } from './transcriptSearch.ts'
export type { ResolveRecordingSrc } from './useRecordingSrc.ts'
