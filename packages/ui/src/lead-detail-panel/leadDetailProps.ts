import type { Lead, OctanistLead } from '@aura-kit/client'

/**
 * Which lead to show, at most one of: an Aura lead by id (loaded through `<AuraKitProvider>`), an
 * Aura `lead` you already hold, or an `octanistLead`. None (or undefined) shows "No lead selected".
 */
export type LeadDetailTarget =
  | { leadId?: string | undefined; lead?: undefined; octanistLead?: undefined }
  | { lead?: Lead | undefined; leadId?: undefined; octanistLead?: undefined }
  | { octanistLead?: OctanistLead | undefined; leadId?: undefined; lead?: undefined }

export interface LeadDetailOptions {
  /** "Now" for relative times (ms since the epoch); default the time the panel mounted. */
  now?: number | undefined
  /**
   * @deprecated Use the kit's `resolveUser` (on `<AuraKitProvider>` or this component), which
   * also takes async resolvers and avatars. Still honoured: it becomes this panel's `resolveUser`
   * when that is not given.
   */
  resolveUserName?: ((userId: string) => string | undefined) | undefined
}
