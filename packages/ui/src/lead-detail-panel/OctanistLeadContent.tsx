import { OCTANIST_CLICK_ID_FIELDS, type OctanistLead, octanistLeadSchema } from '@aura-kit/client'
import { OCTANIST_STATUS_LABELS } from '../octanist-leads-table/octanistLeadColumns.tsx'
import { EMPTY_VALUE } from '../utils/formatters.ts'
import { safeHref } from '../utils/safeHref.ts'
import { AttributionSection } from './AttributionSection.tsx'
import { displayValue, entriesOf } from './displayValue.ts'
import { groupAttribution } from './groupAttribution.ts'
import { LeadHeader } from './LeadHeader.tsx'
import { NoteBody } from './NoteBody.tsx'
import { OtherFieldsSection } from './OtherFieldsSection.tsx'
import { Field, FieldList, PanelSection } from './PanelSection.tsx'
import type { PanelFormatters } from './panelFormatters.ts'

const CONSENT_FLAGS = [
  ['ad_storage', 'Ad storage'],
  ['ad_user_data', 'Ad user data'],
  ['analytics_storage', 'Analytics storage'],
  ['ad_personalization', 'Ad personalization'],
] as const

// The docs name Google Ads campaign / ad group / ad fields without their keys; these are what
// the API sends today, read as unknown keys.
const GOOGLE_ADS_FIELDS = [
  ['googleAdsCampaignName', 'Campaign'],
  ['googleAdsCampaignId', 'Campaign id'],
  ['googleAdsAdGroupName', 'Ad group'],
  ['googleAdsAdGroupId', 'Ad group id'],
  ['googleAdsAdId', 'Ad id'],
] as const

const ATTRIBUTION_KEYS: readonly string[] = [
  ...OCTANIST_CLICK_ID_FIELDS,
  'utm_source',
  'utm_medium',
  'utm_campaign',
]

const KNOWN_OCTANIST_KEYS: ReadonlySet<string> = new Set([
  ...Object.keys(octanistLeadSchema.entries),
  ...GOOGLE_ADS_FIELDS.map(([key]) => key),
])

const consentState = (value: unknown) =>
  value === true ? 'granted' : value === false ? 'denied' : 'unknown'
const CONSENT_TEXT = { granted: 'Granted', denied: 'Denied', unknown: 'Not recorded' } as const

/** `custom` is a JSON document in a string: its entries when it parses to an object, else the raw text. */
export function customEntries(custom: unknown): Array<[string, unknown]> {
  if (typeof custom !== 'string' || custom.trim() === '') {
    return []
  }
  try {
    const parsed: unknown = JSON.parse(custom)
    const entries = entriesOf(parsed)
    return entries.length > 0 ? entries : [['custom', custom]]
  } catch {
    return [['custom', custom]]
  }
}

function pick(record: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => key in record).map((key) => [key, record[key]]))
}

/** An Octanist lead in the same panel: value, consent, Google Ads campaign, label, attribution. */
export function OctanistLeadContent({
  lead,
  format,
}: {
  lead: OctanistLead
  format: PanelFormatters
}) {
  const record: Record<string, unknown> = lead
  const website = displayValue(lead.website)
  const details: Array<[string, string | undefined]> = [
    ['Source', displayValue(lead.source)],
    ['Conversion', displayValue(lead.conversionName)],
    ['Label', displayValue(lead.labelId)],
    ['Loss reason', displayValue(lead.lossReason)],
    ['Path', displayValue(lead.path)],
  ]
  const googleAds = GOOGLE_ADS_FIELDS.flatMap(([key, label]) => {
    const text = displayValue(record[key])
    return text === undefined ? [] : [[key, label, text] as const]
  })
  const custom = customEntries(lead.custom)
  const note = displayValue(lead.note, Number.POSITIVE_INFINITY)
  return (
    <article className="aura-lead-panel" aria-label="Lead details" data-source="octanist">
      <LeadHeader
        name={lead.name}
        subtitle="Octanist lead"
        status={lead.status}
        statusLabels={OCTANIST_STATUS_LABELS}
        email={lead.email}
        phone={lead.phone}
        format={format}
        times={[
          ['Created', lead.createdAt],
          ['Updated', lead.updatedAt],
          ['Qualified', lead.qualifiedAt],
          ['Expires', lead.expiresAt],
        ]}
      >
        <Field label="Lead id" code>
          {lead.id}
        </Field>
      </LeadHeader>
      <PanelSection title="Details">
        <FieldList>
          <Field label="Value">{format.amount(lead.value)}</Field>
          {website ? (
            <Field label="Website">
              {safeHref(lead.website) ? (
                <a
                  className="aura-link"
                  href={safeHref(lead.website)}
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
          {details.map(([label, text]) =>
            text === undefined ? null : (
              <Field key={label} label={label}>
                {text}
              </Field>
            ),
          )}
        </FieldList>
      </PanelSection>
      <PanelSection title="Consent">
        <FieldList>
          {CONSENT_FLAGS.map(([key, label]) => (
            <Field key={key} label={label}>
              <span className="aura-consent" data-state={consentState(record[key])}>
                {CONSENT_TEXT[consentState(record[key])]}
              </span>
            </Field>
          ))}
        </FieldList>
      </PanelSection>
      {googleAds.length > 0 ? (
        <PanelSection title="Google Ads">
          <FieldList>
            {googleAds.map(([key, label, text]) => (
              <Field key={key} label={label} code={key.endsWith('Id')}>
                {text}
              </Field>
            ))}
          </FieldList>
        </PanelSection>
      ) : null}
      {note ? (
        <PanelSection title="Note">
          <NoteBody content={note} />
        </PanelSection>
      ) : null}
      {custom.length > 0 ? (
        <PanelSection title="Custom fields">
          <FieldList>
            {custom.map(([key, value]) => (
              <Field key={key} label={key}>
                {displayValue(value) ?? EMPTY_VALUE}
              </Field>
            ))}
          </FieldList>
        </PanelSection>
      ) : null}
      <AttributionSection
        attribution={groupAttribution(pick(record, ATTRIBUTION_KEYS))}
        format={format}
      />
      <OtherFieldsSection record={lead} knownKeys={KNOWN_OCTANIST_KEYS} />
    </article>
  )
}
