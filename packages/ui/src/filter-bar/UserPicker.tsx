'use client'
import { type InputHTMLAttributes, useId } from 'react'
import type { KnownUser } from '../kit/users.ts'

interface PickerOption {
  id: string
  /** What the field shows and the suggestion list offers: the name, with the id when shared. */
  text: string
}

/** One option per known user; a name two people share is told apart by the id. */
export function pickerOptions(users: readonly KnownUser[]): PickerOption[] {
  const counts = new Map<string, number>()
  for (const user of users) {
    const key = user.name.trim().toLowerCase()
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return users.map((user) => {
    const name = user.name.trim()
    const shared = (counts.get(name.toLowerCase()) ?? 0) > 1
    return { id: user.id, text: shared ? `${name} (${user.id})` : name }
  })
}

/**
 * The id behind what was typed or picked: a listed name (any case) or id, else the text itself
 * (an id the host did not list).
 */
export function userIdOf(text: string, users: readonly KnownUser[]): string {
  if (text === '' || users.length === 0) {
    return text
  }
  const wanted = text.toLowerCase()
  const options = pickerOptions(users)
  const byText = options.find((option) => option.text.toLowerCase() === wanted)
  if (byText) {
    return byText.id
  }
  const byId = users.find((user) => user.id === text)
  if (byId) {
    return byId.id
  }
  const byName = users.filter((user) => user.name.trim().toLowerCase() === wanted)
  return byName.length === 1 && byName[0] ? byName[0].id : text
}

interface UserPickerProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'defaultValue' | 'list'> {
  /** The applied user id ('' for anyone). */
  value: string
  users: readonly KnownUser[]
}

/**
 * A text field that suggests the known people by name (a native combobox: `<input list>` over a
 * `<datalist>`): it shows names, and the filter bar sends the id of the one picked.
 */
export function UserPicker({ value, users, id, ...rest }: UserPickerProps) {
  const listId = `${useId()}-people`
  const options = pickerOptions(users)
  const shown = options.find((option) => option.id === value)?.text ?? value
  return (
    <>
      <input
        {...rest}
        id={id}
        type="text"
        list={listId}
        className="aura-input"
        defaultValue={shown}
        autoComplete="off"
      />
      <datalist id={listId}>
        {options.map((option) => (
          <option key={option.id} value={option.text} />
        ))}
      </datalist>
    </>
  )
}
