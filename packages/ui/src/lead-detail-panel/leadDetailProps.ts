import type { Lead, OctanistLead } from '@aura-kit/client'
import type { Appearance } from '../aura-root/appearance.ts'

/**
 * Which lead to show, at most one of: an Aura lead by id (loaded through `<AuraKitProvider>`), an
 * Aura `lead` you already hold, or an `octanistLead`. None (or undefined) shows "No lead selected".
 */
export type LeadDetailTarget =
  | { leadId?: string | undefined; lead?: undefined; octanistLead?: undefined }
  | { lead?: Lead | undefined; leadId?: undefined; octanistLead?: undefined }
  | { octanistLead?: OctanistLead | undefined; leadId?: undefined; lead?: undefined }

export interface LeadDetailOptions {
  /** BCP 47 locale for numbers, dates and relative times; default the runtime's. */
  locale?: string | undefined
  /** The viewer's IANA zone; default the runtime's. Times also show in the lead's own zone. */
  timeZone?: string | undefined
  /** ISO 4217 code for amounts; default USD. */
  currency?: string | undefined
  /** "Now" for relative times (ms since the epoch); default the time the panel mounted. */
  now?: number | undefined
  /** Display name for a Clerk user id (note authors, assignee); default the id itself. */
  resolveUserName?: ((userId: string) => string | undefined) | undefined
}

export interface LeadDetailFrameProps {
  appearance?: Appearance | undefined
  className?: string | undefined
}
