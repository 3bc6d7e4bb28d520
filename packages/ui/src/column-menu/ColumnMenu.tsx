'use client'
import { type ButtonHTMLAttributes, forwardRef, type ReactNode, useId, useRef } from 'react'
import { useComposedRefs } from '../kit/compose.ts'
import { useKit } from '../kit/KitContext.tsx'
import { lazyComponent, useLazyMenu } from '../kit/lazyMenu.ts'
import { cx } from '../kit/parts.ts'
import { useMessageSections } from '../kit/useMessages.ts'
import { table as tableEn } from '../messages/en/table.ts'
import type { ColumnMenuContentProps } from './ColumnMenuContent.tsx'

/** The part of a TanStack column the menu needs. */
export interface HideableColumn {
  id: string
  columnDef: { header?: unknown }
  getCanHide: () => boolean
  getIsVisible: () => boolean
  toggleVisibility: (value?: boolean) => void
}

export interface ColumnMenuProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  columns: readonly HideableColumn[]
  /** A column's name in the menu; default its string header, else its id. */
  labelOf?: ((column: HideableColumn) => ReactNode) | undefined
}

const defaultLabelOf = (column: HideableColumn): ReactNode =>
  typeof column.columnDef.header === 'string' ? column.columnDef.header : column.id

/** Radix DropdownMenu and its positioning (~40 kB minified), fetched on first use of any column menu. */
const columnMenuContent = lazyComponent<ColumnMenuContentProps>(() =>
  import('./ColumnMenuContent.tsx').then((module) => module.ColumnMenuContent),
)

/**
 * A "Columns" menu with one checkbox item per column that may be hidden. Its one element is the
 * trigger button: it forwards its ref and takes the rest of the props; nothing renders when no
 * column may be hidden. The button is plain HTML (it renders on the server); the menu's code is
 * loaded when the button is first hovered, focused or opened, and the menu opens once it is here.
 */
export const ColumnMenu = forwardRef<HTMLButtonElement, ColumnMenuProps>(function ColumnMenu(
  {
    columns,
    labelOf = defaultLabelOf,
    className,
    children,
    id,
    disabled,
    onPointerDown,
    onKeyDown,
    onPointerEnter,
    onFocus,
    ...rest
  },
  forwardedRef,
) {
  const messages = useMessageSections({ table: tableEn })
  const { portalContainer } = useKit()
  const generatedId = useId()
  const triggerId = id ?? `${generatedId}-trigger`
  const menuId = `${generatedId}-menu`
  const triggerRef = useRef<HTMLButtonElement>(null)
  const ref = useComposedRefs(forwardedRef, triggerRef)
  const menu = useLazyMenu(columnMenuContent, {
    menuId,
    disabled,
    onPointerDown,
    onKeyDown,
    onPointerEnter,
    onFocus,
  })

  const hideable = columns.filter((column) => column.getCanHide())
  if (hideable.length === 0) {
    return null
  }
  const { Menu } = menu
  return (
    <>
      <button
        type="button"
        {...rest}
        id={triggerId}
        ref={ref}
        disabled={disabled}
        className={cx('aura-button aura-column-menu-trigger', className)}
        {...menu.triggerProps}
      >
        {children ?? messages.table.columnsMenu}
      </button>
      {Menu ? (
        <Menu
          columns={hideable}
          labelOf={labelOf}
          open={menu.open}
          onOpenChange={menu.onOpenChange}
          focusFirstItem={menu.focusFirstItem}
          trigger={triggerRef}
          triggerId={triggerId}
          menuId={menuId}
          label={messages.table.columnsMenuLabel}
          portalContainer={portalContainer}
        />
      ) : null}
    </>
  )
})
