'use client'
import {
  type ButtonHTMLAttributes,
  type ComponentType,
  forwardRef,
  type ReactNode,
  useId,
  useRef,
  useState,
} from 'react'
import { composeEventHandlers, useComposedRefs } from '../kit/compose.ts'
import { useKit } from '../kit/KitContext.tsx'
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

type MenuContent = ComponentType<ColumnMenuContentProps>

let contentModule: Promise<MenuContent> | undefined
let loadedContent: MenuContent | undefined

/**
 * Loads the menu itself (Radix DropdownMenu and its positioning, ~40 kB minified) once, on the
 * first hover, focus or opening of any column menu; a failed load is tried again next time.
 */
function loadMenuContent(): Promise<MenuContent> {
  contentModule ??= import('./ColumnMenuContent.tsx').then(
    (module) => {
      loadedContent = module.ColumnMenuContent
      return module.ColumnMenuContent
    },
    (error: unknown) => {
      contentModule = undefined
      throw error
    },
  )
  return contentModule
}

interface MenuState {
  open: boolean
  /** Opened with Enter, Space or ArrowDown: focus goes to the first item, as in Radix. */
  byKeyboard: boolean
}

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
  const [menu, setMenu] = useState<MenuState>({ open: false, byKeyboard: false })
  // Held in an object: a component given to a state setter would be called as an updater.
  const [content, setContent] = useState(() => ({ Content: loadedContent }))
  const { Content } = content

  const load = () =>
    loadMenuContent().then((loaded) => {
      setContent((current) => (current.Content === loaded ? current : { Content: loaded }))
    })
  const setOpen = (open: boolean, byKeyboard: boolean) => {
    setMenu({ open, byKeyboard })
    if (open && Content === undefined) {
      load().catch(() => setMenu({ open: false, byKeyboard: false }))
    }
  }
  const preload = () => {
    if (Content === undefined) {
      // Only a head start: a failure here is tried again when the menu is opened.
      load().catch(() => {})
    }
  }

  const hideable = columns.filter((column) => column.getCanHide())
  if (hideable.length === 0) {
    return null
  }
  const expanded = menu.open && Content !== undefined
  return (
    <>
      <button
        type="button"
        {...rest}
        id={triggerId}
        ref={ref}
        disabled={disabled}
        className={cx('aura-button aura-column-menu-trigger', className)}
        aria-haspopup="menu"
        aria-expanded={expanded}
        aria-controls={expanded ? menuId : undefined}
        data-state={expanded ? 'open' : 'closed'}
        data-disabled={disabled ? '' : undefined}
        // Radix's trigger: a left press toggles (without focusing the button when it opens) …
        onPointerDown={composeEventHandlers(onPointerDown, (event) => {
          if (disabled || event.button !== 0 || event.ctrlKey) {
            return
          }
          if (!menu.open) {
            event.preventDefault()
          }
          setOpen(!menu.open, false)
        })}
        // … Enter and Space toggle, ArrowDown opens.
        onKeyDown={composeEventHandlers(onKeyDown, (event) => {
          if (disabled) {
            return
          }
          if (event.key === 'Enter' || event.key === ' ') {
            setOpen(!menu.open, true)
          } else if (event.key === 'ArrowDown') {
            setOpen(true, true)
          } else {
            return
          }
          event.preventDefault()
        })}
        onPointerEnter={composeEventHandlers(onPointerEnter, preload)}
        onFocus={composeEventHandlers(onFocus, preload)}
      >
        {children ?? messages.table.columnsMenu}
      </button>
      {Content ? (
        <Content
          columns={hideable}
          labelOf={labelOf}
          open={menu.open}
          onOpenChange={(open) => setMenu({ open, byKeyboard: false })}
          focusFirstItem={menu.byKeyboard}
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
