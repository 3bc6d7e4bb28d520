'use client'
import { UserName } from '../kit/UserName.tsx'
import { EMPTY_VALUE } from '../utils/formatters.ts'

/** A user id as the kit's `<UserName>` (name when the host resolves it, else the id); a dash for none. */
export function PersonName({ userId }: { userId: unknown }) {
  if (typeof userId !== 'string' || userId === '') {
    return EMPTY_VALUE
  }
  return <UserName userId={userId} />
}
