'use client'
// Loaded by ColumnMenu on first use (a dynamic import): Radix's menu stays out of the initial bundle.
import * as DropdownMenu from 'radix-ui/dropdown-menu'
import type { ReactNode, RefObject } from 'react'
import { focusOnMount, MenuTriggerAnchor } from '../kit/MenuTriggerAnchor.tsx'
import type { HideableColumn } from './ColumnMenu.tsx'

export interface ColumnMenuContentProps {
  /** The columns that may be hidden. */
  columns: readonly HideableColumn[]
  labelOf: (column: HideableColumn) => ReactNode
  open: boolean
  onOpenChange: (open: boolean) => void
  /** Opened from the keyboard: focus the first item rather than the menu. */
  focusFirstItem: boolean
  /** The trigger ColumnMenu renders: Radix anchors the menu to it and focuses it on close. */
  trigger: RefObject<HTMLButtonElement | null>
  triggerId: string
  menuId: string
  /** The menu's heading, in the kit's messages (read by ColumnMenu, so this chunk needs no kit). */
  label: string
  /** Where the menu mounts: the kit root's element. */
  portalContainer: HTMLElement | null
}

/** The Radix menu of ColumnMenu: one checkbox item per column, portalled into the kit's root. */
export function ColumnMenuContent({
  columns,
  labelOf,
  open,
  onOpenChange,
  focusFirstItem,
  trigger,
  triggerId,
  menuId,
  label,
  portalContainer,
}: ColumnMenuContentProps) {
  return (
    <DropdownMenu.Root open={open} onOpenChange={onOpenChange} modal={false}>
      <DropdownMenu.Trigger asChild>
        <MenuTriggerAnchor trigger={trigger} />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal container={portalContainer}>
        <DropdownMenu.Content
          id={menuId}
          aria-labelledby={triggerId}
          className="aura-menu"
          align="end"
          sideOffset={4}
        >
          <DropdownMenu.Label className="aura-menu-label">{label}</DropdownMenu.Label>
          {columns.map((column, index) => (
            <DropdownMenu.CheckboxItem
              key={column.id}
              ref={index === 0 && focusFirstItem ? focusOnMount : undefined}
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
