'use client'
import { DropdownMenu } from 'radix-ui'
import type { ReactNode } from 'react'
import { usePortalContainer } from '../aura-root/AuraRoot.tsx'

/** The part of a TanStack column the menu needs. */
export interface HideableColumn {
  id: string
  columnDef: { header?: unknown }
  getCanHide: () => boolean
  getIsVisible: () => boolean
  toggleVisibility: (value?: boolean) => void
}

const labelOf = (column: HideableColumn): ReactNode =>
  typeof column.columnDef.header === 'string' ? column.columnDef.header : column.id

/** A "Columns" dropdown with one checkbox item per column that may be hidden. */
export function ColumnMenu({ columns }: { columns: readonly HideableColumn[] }) {
  const container = usePortalContainer()
  const hideable = columns.filter((column) => column.getCanHide())
  if (hideable.length === 0) {
    return null
  }
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger className="aura-button aura-column-menu-trigger">
        Columns
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal container={container}>
        <DropdownMenu.Content className="aura-menu" align="end" sideOffset={4}>
          <DropdownMenu.Label className="aura-menu-label">Show columns</DropdownMenu.Label>
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
}
