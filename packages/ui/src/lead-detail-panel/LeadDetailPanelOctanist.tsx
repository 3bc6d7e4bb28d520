'use client'
import { forwardRef } from 'react'
import { useMessages } from '../kit/useMessages.ts'
import { leadPanel as leadPanelEn } from '../messages/en/leadPanel.ts'
import { EMPTY_VALUE } from '../utils/formatters.ts'
import { safeHref } from '../utils/safeHref.ts'
import { usePanel } from './LeadDetailContext.tsx'
import { CONSENT_FLAGS, customEntries, GOOGLE_ADS_FIELDS } from './octanistFields.ts'
import { Field, FieldList, type LeadDetailSectionProps, PanelSection } from './PanelSection.tsx'
import { hasHostContent } from './renderPart.tsx'

// The parts only an Octanist lead has; each renders nothing for an Aura lead.

/** An Octanist lead's value (in the kit's currency), website, source, conversion, label, loss reason and path. */
export const LeadDetailPanelDetails = forwardRef<HTMLElement, LeadDetailSectionProps>(
  function LeadDetailPanelDetails(props, ref) {
    const panel = usePanel()
    const labels = useMessages('leadPanel', leadPanelEn)
    if (panel.source !== 'octanist') {
      return hasHostContent(props.asChild, props.children) ? (
        <PanelSection {...props} ref={ref} defaultHeading={labels.details} body={null} />
      ) : null
    }
    const { octanistLead: lead, text, format } = panel
    const website = text(lead.website)
    const websiteHref = safeHref(lead.website)
    const details: Array<[string, string | undefined]> = [
      [labels.source, text(lead.source)],
      [labels.conversion, text(lead.conversionName)],
      [labels.label, text(lead.labelId)],
      [labels.lossReason, text(lead.lossReason)],
      [labels.path, text(lead.path)],
    ]
    return (
      <PanelSection
        {...props}
        ref={ref}
        defaultHeading={labels.details}
        body={
          <FieldList>
            <Field label={labels.value}>{format.amount(lead.value)}</Field>
            {website ? (
              <Field label={labels.website}>
                {websiteHref ? (
                  <a
                    className="aura-link"
                    href={websiteHref}
                    target="_blank"
                    rel="noopener noreferrer nofollow"
                  >
                    {website}
                  </a>
                ) : (
                  website
                )}
              </Field>
            ) : null}
            {details.map(([label, value], index) =>
              value === undefined ? null : (
                // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list; labels may repeat after a host's override.
                <Field key={index} label={label}>
                  {value}
                </Field>
              ),
            )}
          </FieldList>
        }
      />
    )
  },
)

const consentState = (value: unknown) =>
  value === true ? 'granted' : value === false ? 'denied' : 'unknown'

/** An Octanist lead's Google Consent Mode flags: granted, denied or not recorded. */
export const LeadDetailPanelConsent = forwardRef<HTMLElement, LeadDetailSectionProps>(
  function LeadDetailPanelConsent(props, ref) {
    const panel = usePanel()
    const labels = useMessages('leadPanel', leadPanelEn)
    if (panel.source !== 'octanist' && !hasHostContent(props.asChild, props.children)) {
      return null
    }
    const record: Record<string, unknown> = panel.octanistLead ?? {}
    const stateText = {
      granted: labels.consentGranted,
      denied: labels.consentDenied,
      unknown: labels.consentNotRecorded,
    } as const
    return (
      <PanelSection
        {...props}
        ref={ref}
        defaultHeading={labels.consent}
        sectionClass="aura-consent-flags"
        body={
          <FieldList>
            {CONSENT_FLAGS.map(([key, label]) => (
              <Field key={key} label={labels[label]}>
                <span className="aura-consent" data-state={consentState(record[key])}>
                  {stateText[consentState(record[key])]}
                </span>
              </Field>
            ))}
          </FieldList>
        }
      />
    )
  },
)

/** The Google Ads campaign, ad group and ad an Octanist lead came from; nothing when it has none. */
export const LeadDetailPanelGoogleAds = forwardRef<HTMLElement, LeadDetailSectionProps>(
  function LeadDetailPanelGoogleAds(props, ref) {
    const panel = usePanel()
    const labels = useMessages('leadPanel', leadPanelEn)
    const record: Record<string, unknown> = panel.octanistLead ?? {}
    const fields = GOOGLE_ADS_FIELDS.flatMap(([key, label]) => {
      const value = panel.text(record[key])
      return value === undefined ? [] : [[key, labels[label], value] as const]
    })
    if (fields.length === 0 && !hasHostContent(props.asChild, props.children)) {
      return null
    }
    return (
      <PanelSection
        {...props}
        ref={ref}
        defaultHeading={labels.googleAds}
        body={
          <FieldList>
            {fields.map(([key, label, value]) => (
              <Field key={key} label={label} code={key.endsWith('Id')}>
                {value}
              </Field>
            ))}
          </FieldList>
        }
      />
    )
  },
)

/** An Octanist lead's `custom` JSON, one row per key (the raw text when it is not an object). */
export const LeadDetailPanelCustomFields = forwardRef<HTMLElement, LeadDetailSectionProps>(
  function LeadDetailPanelCustomFields(props, ref) {
    const panel = usePanel()
    const labels = useMessages('leadPanel', leadPanelEn)
    const custom = customEntries(panel.octanistLead?.custom)
    if (custom.length === 0 && !hasHostContent(props.asChild, props.children)) {
      return null
    }
    return (
      <PanelSection
        {...props}
        ref={ref}
        defaultHeading={labels.customFields}
        body={
          <FieldList>
            {custom.map(([key, value]) => (
              <Field key={key} label={key}>
                {panel.text(value) ?? EMPTY_VALUE}
              </Field>
            ))}
          </FieldList>
        }
      />
    )
  },
)
