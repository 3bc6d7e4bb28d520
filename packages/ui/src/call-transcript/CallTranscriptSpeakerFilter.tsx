'use client'
import { speakerLabel } from './transcriptModel.ts'

export interface SpeakerFilterProps {
  speakers: readonly string[]
  colors: ReadonlyMap<string, number>
  hidden: ReadonlySet<string>
  onHiddenChange: (hidden: ReadonlySet<string>) => void
}

/** One checkbox per speaker ('' is "Unknown speaker"); unchecked speakers are hidden. */
export function SpeakerFilter({ speakers, colors, hidden, onHiddenChange }: SpeakerFilterProps) {
  if (speakers.length < 2) {
    return null
  }
  const toggle = (speaker: string, shown: boolean) => {
    const next = new Set(hidden)
    if (shown) {
      next.delete(speaker)
    } else {
      next.add(speaker)
    }
    onHiddenChange(next)
  }
  return (
    <fieldset className="aura-transcript-speakers">
      <legend className="aura-field-label">Speakers</legend>
      {speakers.map((speaker) => (
        <label
          key={speaker}
          className="aura-transcript-speaker-option"
          data-speaker-color={colors.get(speaker)}
          data-unknown={speaker === '' ? '' : undefined}
        >
          <input
            type="checkbox"
            checked={!hidden.has(speaker)}
            onChange={(event) => toggle(speaker, event.currentTarget.checked)}
          />
          <bdi>{speakerLabel(speaker)}</bdi>
        </label>
      ))}
    </fieldset>
  )
}
