'use client'
import { flexRender } from '@tanstack/react-table'
import { type ButtonHTMLAttributes, forwardRef, type ReactNode } from 'react'
import { ColumnMenu, type HideableColumn } from '../column-menu/ColumnMenu.tsx'
import { CellBoundary } from './CellBoundary.tsx'
import { useDataTableContext } from './DataTableContext.tsx'

export interface DataTableColumnMenuProps extends ButtonHTMLAttributes<HTMLButtonElement> {}

/**
 * The "Columns" menu of the table, each column named as its header renders. Its one element is
 * the trigger button; forwards its ref and spreads the rest.
 */
export const DataTableColumnMenu = forwardRef<HTMLButtonElement, DataTableColumnMenuProps>(
  function DataTableColumnMenu(props, ref) {
    const { instance } = useDataTableContext('DataTable.ColumnMenu')
    const columns = instance.getAllLeafColumns()
    const labelOf = (hideable: HideableColumn): ReactNode => {
      const column = columns.find((candidate) => candidate.id === hideable.id)
      const header = column?.columnDef.header
      if (!column || typeof header !== 'function') {
        return typeof header === 'string' ? header : hideable.id
      }
      // A header made for the grid is given the column and table; hidden columns have no header
      // cell, so one that needs more falls back to the column id.
      const context = { column, table: instance } as unknown as Parameters<typeof header>[0]
      return <CellBoundary fallback={hideable.id}>{flexRender(header, context)}</CellBoundary>
    }
    return <ColumnMenu {...props} ref={ref} columns={columns} labelOf={labelOf} />
  },
)
