import { useId } from 'react'
import { useStrings } from '../i18n/LanguageProvider.tsx'
import type { OverviewData } from '../url/periodParams.ts'

/** Aura's figures or Octanist's: two radio buttons drawn as one segmented control. */
export function DataSwitch({
  value,
  onValueChange,
}: {
  value: OverviewData
  onValueChange: (value: OverviewData) => void
}) {
  const strings = useStrings()
  const name = useId()
  const options: Array<{ value: OverviewData; label: string }> = [
    { value: 'aura', label: strings.auraFigures },
    { value: 'octanist', label: strings.octanistTitle },
  ]
  return (
    <fieldset className="demo-segmented">
      <legend className="demo-visually-hidden">{strings.figuresFrom}</legend>
      {options.map((option) => (
        <label key={option.value} data-checked={value === option.value ? '' : undefined}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onValueChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  )
}
