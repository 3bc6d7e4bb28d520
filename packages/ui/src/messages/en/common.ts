/** Strings every part of the kit shares. */
export const common = {
  loadFailed: "Couldn't load data",
  retry: 'Retry',
  requestId: (id: string) => `Request id: ${id}`,
  somethingWentWrong: 'Something went wrong.',
  loading: 'Loading…',
  yes: 'Yes',
  no: 'No',
  close: 'Close',
  /** Shown for a person whose id the host could not resolve to a name. */
  unknownUser: 'Unknown user',
}
