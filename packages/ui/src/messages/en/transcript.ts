import { plural } from '../plural.ts'

/** Strings of the call transcript (`CallTranscript` and its parts). */
export const transcript = {
  /** Accessible name of the transcript region (when no `label` is given). */
  label: 'Call transcript',
  noCall: 'No call selected.',
  loadingCall: 'Loading call…',
  loadFailed: "Couldn't load this call",

  // Header
  status: 'Status',
  scheduled: 'Scheduled',
  started: 'Started',
  ended: 'Ended',
  duration: 'Duration',
  closer: 'Closer',
  setter: 'Setter',
  dealValue: 'Expected deal value',
  meetingLink: 'Meeting link',

  // Insights
  summary: 'Summary',
  actionItems: 'Action items',
  /** Before an action item's owner. */
  owner: 'Owner:',
  due: (date: string) => `Due: ${date}`,
  bookingAnswers: 'Booking answers',

  // Player
  heading: 'Transcript',
  recording: 'Call recording',
  /** Label of a video's caption track. */
  captions: 'Transcript',
  recordingLoading: 'Loading the recording…',
  recordingFailed: "The recording couldn't be loaded.",
  recordingUnplayable: "The recording can't be played here.",
  /** The shortcut legend: intro, then `k` or Space …, `j` / `l` …, ← / → …, then the click hint. */
  shortcutsIntro: 'Keyboard, while focus is in the transcript:',
  shortcutOr: 'or',
  keySpace: 'Space',
  shortcutPlayPause: 'play or pause',
  shortcutSkip: (seconds: number) =>
    plural('en', seconds, {
      one: `back or forward ${seconds} second`,
      other: `back or forward ${seconds} seconds`,
    }),
  shortcutClick: 'Click a line to play from there.',
  follow: 'Follow playback',

  // Search
  search: 'Search transcript',
  noMatches: 'No matches',
  /** The counter, "3 of 17"; both numbers come formatted (`total` may end in `+`). */
  matchPosition: (position: string, total: string) => `${position} of ${total}`,
  /** The counter's tooltip. */
  matchCount: (count: number, formatted: string) =>
    plural('en', count, { one: `${formatted} match`, other: `${formatted} matches` }),
  previousMatch: 'Previous match',
  nextMatch: 'Next match',

  // Speakers and segments
  speakers: 'Speakers',
  unknownSpeaker: 'Unknown speaker',
  segments: 'Transcript segments',
  /** The list's name when the transcript has a `label`, so two on a page differ. */
  namedSegments: (label: string) => `${label}: transcript segments`,
  playFrom: (time: string) => `Play from ${time}`,
  noTranscript: 'No transcript for this call.',
  noSegments: 'This transcript has no segments.',
  noSegmentsForSpeakers: 'No segments for the selected speakers.',

  // Export
  export: 'Export transcript',
  exportTxt: 'Text (.txt)',
  exportSrt: 'SubRip subtitles (.srt)',
  exportVtt: 'WebVTT subtitles (.vtt)',
  exportJson: 'JSON (.json)',
}
