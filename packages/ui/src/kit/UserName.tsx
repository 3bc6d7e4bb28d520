'use client'
import { forwardRef, type HTMLAttributes, type Ref } from 'react'
import { safeHref } from '../utils/safeHref.ts'
import { useKit } from './KitContext.tsx'
import { type KitUser, useUser } from './users.ts'

export interface UserNameProps extends HTMLAttributes<HTMLElement> {
  /** A user id; shown as it is while (or when) the host's `resolveUser` does not know it. */
  userId: string
}

type NameProps = UserNameProps & { innerRef: Ref<HTMLElement> }

/**
 * A person's display name and avatar from the kit's `resolveUser`, falling back to the id.
 * Without a resolver or known users it renders the id and asks nothing (no query per cell).
 */
export const UserName = forwardRef<HTMLElement, UserNameProps>(function UserName(props, ref) {
  const { lookupUser } = useKit()
  return lookupUser ? (
    <ResolvedName {...props} innerRef={ref} />
  ) : (
    <Name {...props} innerRef={ref} user={null} />
  )
})

function ResolvedName(props: NameProps) {
  return <Name {...props} user={useUser(props.userId)} />
}

function Name({
  userId,
  className,
  innerRef,
  user,
  ...rest
}: NameProps & { user: KitUser | null }) {
  const avatar = user?.avatarUrl ? safeHref(user.avatarUrl) : undefined
  const isHttp = avatar !== undefined && /^https?:/i.test(avatar)
  return (
    <bdi
      {...rest}
      ref={innerRef}
      className={className ? `aura-user ${className}` : 'aura-user'}
      title={user ? userId : undefined}
      data-resolved={user ? '' : undefined}
    >
      {isHttp ? <img className="aura-user-avatar" src={avatar} alt="" /> : null}
      {user?.name ?? userId}
    </bdi>
  )
}
