import type { StatusMessages } from '../types.ts'

export const statuses: StatusMessages = {
  lead: {
    new: 'Neu',
    contacted: 'Kontaktiert',
    booked: 'Gebucht',
    qualified: 'Qualifiziert',
    disqualified: 'Disqualifiziert',
    won: 'Gewonnen',
    lost: 'Verloren',
  },
  call: {
    scheduled: 'Geplant',
    closed: 'Abgeschlossen',
    not_closed: 'Nicht abgeschlossen',
    follow_up: 'Nachfassen',
    no_show: 'Nicht erschienen',
    rescheduled: 'Verschoben',
    cancelled: 'Abgesagt',
    completed: 'Beendet',
  },
  payment: {
    none: 'Keine Zahlungen',
    pending: 'Ausstehend',
    partial: 'Teilweise bezahlt',
    partially_paid: 'Teilweise bezahlt',
    paid: 'Bezahlt',
    refunded: 'Erstattet',
    failed: 'Fehlgeschlagen',
  },
  octanist: {
    open: 'Offen',
    qualified: 'Qualifiziert',
    won: 'Gewonnen',
    lost: 'Verloren',
  },
}
