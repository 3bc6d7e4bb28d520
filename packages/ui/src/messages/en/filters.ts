/** The filter bars and the Octanist search. */
export const filters = {
  /** Accessible names of the filter forms. */
  leadFilters: 'Lead filters',
  callFilters: 'Call filters',
  octanistFilters: 'Octanist lead filters',
  /** The filter form of a table the host named, e.g. "Open leads filters". */
  filtersOf: (table: string) => `${table} filters`,
  any: 'Any',
  apply: 'Apply',
  status: 'Status',
  source: 'Source',
  sourcePlaceholder: 'utm_source',
  assignee: 'Assignee',
  closer: 'Closer',
  setter: 'Setter',
  /** A user filter without known users: the id is typed. */
  userIdPlaceholder: 'user_…',
  /** A user filter with known users: a name is picked. */
  userPlaceholder: 'Name',
  when: 'When',
  upcoming: 'Upcoming',
  past: 'Past',
  leadId: 'Lead id',
  bookingLink: 'Booking link',
  uuidPlaceholder: 'UUID',
  createdFrom: 'Created from',
  createdTo: 'Created to',
  valueMin: 'Min value',
  valueMax: 'Max value',
  hasClickId: 'Has click id',
  search: 'Search',
  searchPlaceholder: 'Name, email or phone',
  /** Octanist's lead sources; unknown ones show as they are. */
  octanistSources: {
    inbound: 'Inbound',
    gtm: 'Google Tag Manager',
    api: 'API',
    manual: 'Manual',
    wordpress: 'WordPress',
    import: 'Import',
  } as Record<string, string>,
}
