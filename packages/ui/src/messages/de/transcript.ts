import { plural } from '../plural.ts'
import type { AuraMessages } from '../types.ts'

export const transcript: AuraMessages['transcript'] = {
  label: 'Gesprächstranskript',
  noCall: 'Kein Gespräch ausgewählt.',
  loadingCall: 'Gespräch wird geladen…',
  loadFailed: 'Dieses Gespräch konnte nicht geladen werden',

  status: 'Status',
  scheduled: 'Geplant',
  started: 'Begonnen',
  ended: 'Beendet',
  duration: 'Dauer',
  closer: 'Abschluss durch',
  setter: 'Termin gelegt von',
  dealValue: 'Erwarteter Auftragswert',
  meetingLink: 'Besprechungslink',

  summary: 'Zusammenfassung',
  actionItems: 'Aufgaben',
  owner: 'Zuständig:',
  due: (date) => `Fällig: ${date}`,
  bookingAnswers: 'Antworten aus der Buchung',

  heading: 'Transkript',
  recording: 'Gesprächsaufzeichnung',
  captions: 'Transkript',
  recordingLoading: 'Die Aufzeichnung wird geladen…',
  recordingFailed: 'Die Aufzeichnung konnte nicht geladen werden.',
  recordingUnplayable: 'Die Aufzeichnung kann hier nicht abgespielt werden.',
  shortcutsIntro: 'Tastatur, solange der Fokus im Transkript liegt:',
  shortcutOr: 'oder',
  keySpace: 'Leertaste',
  shortcutPlayPause: 'abspielen oder anhalten',
  shortcutSkip: (seconds) =>
    plural('de', seconds, {
      one: `${seconds} Sekunde zurück oder vor`,
      other: `${seconds} Sekunden zurück oder vor`,
    }),
  shortcutClick: 'Ein Klick auf eine Zeile spielt ab dort ab.',
  follow: 'Wiedergabe folgen',

  search: 'Transkript durchsuchen',
  noMatches: 'Keine Treffer',
  matchPosition: (position, total) => `${position} von ${total}`,
  matchCount: (count, formatted) =>
    plural('de', count, { one: `${formatted} Treffer`, other: `${formatted} Treffer` }),
  previousMatch: 'Vorheriger Treffer',
  nextMatch: 'Nächster Treffer',

  speakers: 'Sprecher',
  unknownSpeaker: 'Unbekannter Sprecher',
  segments: 'Transkriptabschnitte',
  namedSegments: (label) => `${label}: Transkriptabschnitte`,
  playFrom: (time) => `Ab ${time} abspielen`,
  noTranscript: 'Für dieses Gespräch gibt es kein Transkript.',
  noSegments: 'Dieses Transkript hat keine Abschnitte.',
  noSegmentsForSpeakers: 'Keine Abschnitte für die gewählten Sprecher.',

  export: 'Transkript exportieren',
  exportTxt: 'Text (.txt)',
  exportSrt: 'SubRip-Untertitel (.srt)',
  exportVtt: 'WebVTT-Untertitel (.vtt)',
  exportJson: 'JSON (.json)',
}
