'use client'
import { forwardRef, type HTMLAttributes } from 'react'
import { cx, type PartProps, partElement } from '../kit/parts.ts'
import { useMessageSections } from '../kit/useMessages.ts'
import { table as tableEn } from '../messages/en/table.ts'
import { DataTableColumnMenu } from './DataTableColumnMenu.tsx'
import { useDataTableContext } from './DataTableContext.tsx'
import { DataTableExport } from './DataTableExport.tsx'
import { DataTableFilters, DataTableSearch } from './DataTableFilters.tsx'

export interface DataTableToolbarProps extends HTMLAttributes<HTMLDivElement>, PartProps {}

/**
 * The row above the grid. Without children it holds the table's own controls: search (Octanist),
 * filters, export, the loaded-rows sorting note and the column menu; with children, only those.
 * With `asChild` the host's element is the toolbar. Forwards its ref, spreads the rest.
 */
export const DataTableToolbar = forwardRef<HTMLDivElement, DataTableToolbarProps>(
  function DataTableToolbar({ asChild, className, children, ...rest }, ref) {
    const Element = partElement('div', asChild) as 'div'
    return (
      <Element {...rest} ref={ref} className={cx('aura-toolbar', className)}>
        {asChild || children !== undefined ? (
          children
        ) : (
          <>
            <DataTableSearch />
            <DataTableFilters />
            <DataTableExport />
            <DataTableSortNote />
            <DataTableColumnMenu />
          </>
        )}
      </Element>
    )
  },
)

export interface DataTableSortNoteProps extends HTMLAttributes<HTMLSpanElement>, PartProps {}

/** "Sorting applies to loaded rows only", when the table sorts loaded rows; else nothing. */
export const DataTableSortNote = forwardRef<HTMLSpanElement, DataTableSortNoteProps>(
  function DataTableSortNote({ asChild, className, children, ...rest }, ref) {
    const { sortingMode } = useDataTableContext('DataTable.SortNote')
    const messages = useMessageSections({ table: tableEn })
    if (sortingMode !== 'loaded') {
      return null
    }
    const Element = partElement('span', asChild) as 'span'
    return (
      <Element {...rest} ref={ref} className={cx('aura-note', className)}>
        {children ?? messages.table.sortLoadedNote}
      </Element>
    )
  },
)
