'use client'
import { memo } from 'react'

/** The zone suggestions; memoised so typing in the form doesn't re-render ~420 options. */
export const TimeZoneOptions = memo(function TimeZoneOptions({
  id,
  zones,
}: {
  id: string
  zones: readonly string[]
}) {
  return (
    <datalist id={id}>
      {zones.map((zone) => (
        <option key={zone} value={zone} />
      ))}
    </datalist>
  )
})
