'use client'
import { DropdownMenu } from 'radix-ui'
import { type ButtonHTMLAttributes, forwardRef, type ReactNode } from 'react'
import { useKit } from '../kit/KitContext.tsx'
import { cx } from '../kit/parts.ts'
import { useMessageSections } from '../kit/useMessages.ts'
import { table as tableEn } from '../messages/en/table.ts'

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

/**
 * A "Columns" dropdown with one checkbox item per column that may be hidden. Its one element is
 * the trigger button: it forwards its ref and takes the rest of the props; nothing renders when
 * no column may be hidden.
 */
export const ColumnMenu = forwardRef<HTMLButtonElement, ColumnMenuProps>(function ColumnMenu(
  { columns, labelOf = defaultLabelOf, className, children, ...rest },
  ref,
) {
  const { portalContainer } = useKit()
  const messages = useMessageSections({ table: tableEn })
  const hideable = columns.filter((column) => column.getCanHide())
  if (hideable.length === 0) {
    return null
  }
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger
        {...rest}
        ref={ref}
        className={cx('aura-button aura-column-menu-trigger', className)}
      >
        {children ?? messages.table.columnsMenu}
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal container={portalContainer}>
        <DropdownMenu.Content className="aura-menu" align="end" sideOffset={4}>
          <DropdownMenu.Label className="aura-menu-label">
            {messages.table.columnsMenuLabel}
          </DropdownMenu.Label>
          {hideable.map((column) => (
            <DropdownMenu.CheckboxItem
              key={column.id}
              className="aura-menu-item"
              checked={column.getIsVisible()}
              onCheckedChange={(checked) => column.toggleVisibility(checked === true)}
              onSelect={(event) => event.preventDefault()}
            >
              <DropdownMenu.ItemIndicator className="aura-menu-indicator" aria-hidden="true">
                ✓
              </DropdownMenu.ItemIndicator>
              {labelOf(column)}
            </DropdownMenu.CheckboxItem>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  )
})
