'use client'
import { forwardRef, type ReactNode, useId } from 'react'
import { useMessageSections } from '../kit/useMessages.ts'
import { common as commonEn } from '../messages/en/common.ts'
import { leadPanel as leadPanelEn } from '../messages/en/leadPanel.ts'
import { type Attribution, type AttributionField, groupAttribution } from './groupAttribution.ts'
import { usePanel } from './LeadDetailContext.tsx'
import { OCTANIST_ATTRIBUTION_KEYS, pick } from './octanistFields.ts'
import { Field, FieldList, type LeadDetailSectionProps, PanelSection } from './PanelSection.tsx'
import { hasHostContent } from './renderPart.tsx'
import { TimeStamp } from './TimeStamp.tsx'

function FieldValue({ field }: { field: AttributionField }) {
  if (field.time) {
    return <TimeStamp value={field.time} compact />
  }
  if (field.href) {
    return (
      <a className="aura-link" href={field.href} target="_blank" rel="noopener noreferrer nofollow">
        {field.text}
      </a>
    )
  }
  return <>{field.text}</>
}

function Fields({ fields }: { fields: AttributionField[] }) {
  return (
    <FieldList>
      {fields.map((field) => (
        <Field key={field.key} label={field.label} code={field.code}>
          <FieldValue field={field} />
        </Field>
      ))}
    </FieldList>
  )
}

/** Group id (a React key), title, fields. */
type GroupList = Array<[keyof Attribution, string, AttributionField[]]>

function Group({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="aura-attribution-group">
      <h4 className="aura-panel-group-title">{title}</h4>
      {children}
    </div>
  )
}

function ClickIdPlatform({ platform, fields }: { platform: string; fields: AttributionField[] }) {
  const nameId = useId()
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset groups form controls; these are read-only values.
    <div className="aura-click-platform" role="group" aria-labelledby={nameId}>
      <span id={nameId} className="aura-click-platform-name">
        {platform}
      </span>
      <Fields fields={fields} />
    </div>
  )
}

/**
 * The lead's attribution, grouped (`groupAttribution`): UTM, source, ad click ids by platform,
 * location, device, consent, partner and every unknown metadata key. Empty groups are left out,
 * and the whole part when nothing is left. For an Octanist lead: its UTM values and click ids.
 */
export const LeadDetailPanelAttribution = forwardRef<HTMLElement, LeadDetailSectionProps>(
  function LeadDetailPanelAttribution(props, ref) {
    const panel = usePanel()
    const messages = useMessageSections({ common: commonEn, leadPanel: leadPanelEn })
    const labels = messages.leadPanel
    const attribution: Attribution =
      panel.source === 'aura'
        ? groupAttribution(panel.lead.metadata, panel.lead.source, messages)
        : groupAttribution(pick(panel.octanistLead, OCTANIST_ATTRIBUTION_KEYS), undefined, messages)
    const { utm, clickIds, source, geo, device, consent, partner, other } = attribution
    const before: GroupList = [
      ['utm', labels.groupUtm, utm],
      ['source', labels.groupSource, source],
    ]
    const after: GroupList = [
      ['geo', labels.groupLocation, geo],
      ['device', labels.groupDevice, device],
      ['consent', labels.groupConsent, consent],
      ['partner', labels.groupPartner, partner],
      ['other', labels.groupOther, other],
    ]
    const isEmpty =
      clickIds.length === 0 && [...before, ...after].every(([, , fields]) => fields.length === 0)
    if (isEmpty && !hasHostContent(props.asChild, props.children)) {
      return null
    }
    const renderGroups = (groups: GroupList) =>
      groups.map(([id, title, fields]) =>
        fields.length === 0 ? null : (
          <Group key={id} title={title}>
            <Fields fields={fields} />
          </Group>
        ),
      )
    return (
      <PanelSection
        {...props}
        ref={ref}
        defaultHeading={labels.attribution}
        sectionClass="aura-attribution"
        body={
          <>
            {renderGroups(before)}
            {clickIds.length > 0 ? (
              <Group title={labels.groupAdClicks}>
                {clickIds.map((group) => (
                  <ClickIdPlatform
                    key={group.platform}
                    platform={group.platform}
                    fields={group.fields}
                  />
                ))}
              </Group>
            ) : null}
            {renderGroups(after)}
          </>
        }
      />
    )
  },
)
