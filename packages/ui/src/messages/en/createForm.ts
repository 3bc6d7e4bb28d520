import { plural } from '../plural.ts'

/**
 * The create-lead form. Field labels are keyed by the form's field names; validation messages
 * take the field's label, so a catalogue can put it where its grammar wants it.
 */
export const createForm = {
  /** Accessible name of the form. */
  formLabel: 'New lead',
  email: 'Email',
  fullName: 'Full name',
  phone: 'Phone',
  company: 'Company',
  timezone: 'Time zone',
  utmSource: 'UTM source',
  utmMedium: 'UTM medium',
  utmCampaign: 'UTM campaign',
  utmTerm: 'UTM term',
  utmContent: 'UTM content',
  referrer: 'Referrer',
  phoneHint: 'With the country code, like +1 415 555 2671 or 0044 20 7946 0958.',
  /** Under the phone input once the typed number will be sent in another form. */
  phoneSavedAs: (phone: string) => `Saved as ${phone}`,
  /** The time zone hint when the browser offers no zone list. */
  timezoneHint: 'IANA name, like Europe/Berlin.',
  /** The time zone hint when the input suggests zones as the user types. */
  timezoneSearchHint: 'IANA name; type to search, like Europe/Berlin.',
  attribution: 'Attribution',
  /** The closed Attribution section, with how many of its fields hold a value. */
  attributionFilled: (count: number, formatted: string) =>
    plural('en', count, { other: `Attribution (${formatted} set)` }),
  submit: 'Create lead',
  submitting: 'Creating…',
  cancel: 'Cancel',
  createFailed: "Couldn't create the lead",
  created: (name: string) => `Created ${name}.`,
  /** The name in `created` for a lead without a name or email. */
  createdFallbackName: 'the lead',
  errorRequired: (label: string) => `${label} is required`,
  errorEmail: (label: string) => `${label} must be a valid email address`,
  errorPhone: (label: string) => `${label} must be in E.164 format, like +14155552671`,
  errorTimezone: (label: string) => `${label} must be an IANA time zone, like America/New_York`,
  errorNotText: (label: string) => `${label} must be text`,
  errorMetadata: 'Attribution metadata must be a plain object',
  errorInput: 'The form input must be an object',
}
