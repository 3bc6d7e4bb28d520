import { type ReactNode, useId } from 'react'
import type { Attribution, AttributionField, ClickIdGroup } from './groupAttribution.ts'
import { Field, FieldList, PanelSection } from './PanelSection.tsx'
import type { PanelFormatters } from './panelFormatters.ts'
import { TimeStamp } from './TimeStamp.tsx'

function FieldValue({ field, format }: { field: AttributionField; format: PanelFormatters }) {
  if (field.time) {
    return <TimeStamp value={field.time} format={format} compact />
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

function Fields({ fields, format }: { fields: AttributionField[]; format: PanelFormatters }) {
  return (
    <FieldList>
      {fields.map((field) => (
        <Field key={field.key} label={field.label} code={field.code}>
          <FieldValue field={field} format={format} />
        </Field>
      ))}
    </FieldList>
  )
}

function Group({ title, children, empty }: { title: string; children: ReactNode; empty: boolean }) {
  if (empty) {
    return null
  }
  return (
    <div className="aura-attribution-group">
      <h4 className="aura-panel-group-title">{title}</h4>
      {children}
    </div>
  )
}

function ClickIdPlatform({ group, format }: { group: ClickIdGroup; format: PanelFormatters }) {
  const nameId = useId()
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset groups form controls; these are read-only values.
    <div className="aura-click-platform" role="group" aria-labelledby={nameId}>
      <span id={nameId} className="aura-click-platform-name">
        {group.platform}
      </span>
      <Fields fields={group.fields} format={format} />
    </div>
  )
}

/** The grouped attribution; groups without a value are left out, and so is the whole section. */
export function AttributionSection({
  attribution,
  format,
  title = 'Attribution',
}: {
  attribution: Attribution
  format: PanelFormatters
  title?: string
}) {
  const { utm, clickIds, source, geo, device, consent, partner, other } = attribution
  const flat: Array<[string, AttributionField[]]> = [
    ['Campaign (UTM)', utm],
    ['Source', source],
  ]
  const after: Array<[string, AttributionField[]]> = [
    ['Location', geo],
    ['Device', device],
    ['Consent', consent],
    ['Partner', partner],
    ['Other', other],
  ]
  const isEmpty =
    clickIds.length === 0 && [...flat, ...after].every(([, fields]) => fields.length === 0)
  if (isEmpty) {
    return null
  }
  const renderGroups = (groups: Array<[string, AttributionField[]]>) =>
    groups.map(([groupTitle, fields]) => (
      <Group key={groupTitle} title={groupTitle} empty={fields.length === 0}>
        <Fields fields={fields} format={format} />
      </Group>
    ))
  return (
    <PanelSection title={title} className="aura-attribution">
      {renderGroups(flat)}
      <Group title="Ad clicks" empty={clickIds.length === 0}>
        {clickIds.map((group) => (
          <ClickIdPlatform key={group.platform} group={group} format={format} />
        ))}
      </Group>
      {renderGroups(after)}
    </PanelSection>
  )
}
