import { EMPTY_VALUE } from '../utils/formatters.ts'
import { displayValue, entriesOf } from './displayValue.ts'
import { Field, FieldList, PanelSection } from './PanelSection.tsx'

/** Keys of `record` the panel has no place for, listed as text so nothing the API sends is lost. */
export function OtherFieldsSection({
  record,
  knownKeys,
  title = 'Other fields',
}: {
  record: unknown
  knownKeys: ReadonlySet<string>
  title?: string
}) {
  const unknown = entriesOf(record).filter(([key]) => !knownKeys.has(key))
  if (unknown.length === 0) {
    return null
  }
  return (
    <PanelSection title={title} className="aura-other-fields">
      <FieldList>
        {unknown.map(([key, value]) => (
          <Field key={key} label={key}>
            {displayValue(value) ?? EMPTY_VALUE}
          </Field>
        ))}
      </FieldList>
    </PanelSection>
  )
}
