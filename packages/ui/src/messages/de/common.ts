import type { CommonMessages } from '../types.ts'

export const common: CommonMessages = {
  loadFailed: 'Daten konnten nicht geladen werden',
  retry: 'Erneut versuchen',
  requestId: (id) => `Anfrage-ID: ${id}`,
  somethingWentWrong: 'Etwas ist schiefgelaufen.',
  loading: 'Wird geladen…',
  yes: 'Ja',
  no: 'Nein',
  close: 'Schließen',
  unknownUser: 'Unbekannte Person',
}
