'use client'
import { forwardRef, type HTMLAttributes } from 'react'
import { safeHref } from '../utils/safeHref.ts'
import { useUser } from './users.ts'

export interface UserNameProps extends HTMLAttributes<HTMLElement> {
  /** A user id; shown as it is while (or when) the host's `resolveUser` does not know it. */
  userId: string
}

/** A person's display name and avatar from the kit's `resolveUser`, falling back to the id. */
export const UserName = forwardRef<HTMLElement, UserNameProps>(function UserName(
  { userId, className, ...rest },
  ref,
) {
  const user = useUser(userId)
  const avatar = user?.avatarUrl ? safeHref(user.avatarUrl) : undefined
  const isHttp = avatar !== undefined && /^https?:/i.test(avatar)
  return (
    <bdi
      {...rest}
      ref={ref}
      className={className ? `aura-user ${className}` : 'aura-user'}
      title={user ? userId : undefined}
      data-resolved={user ? '' : undefined}
    >
      {isHttp ? <img className="aura-user-avatar" src={avatar} alt="" /> : null}
      {user?.name ?? userId}
    </bdi>
  )
})
