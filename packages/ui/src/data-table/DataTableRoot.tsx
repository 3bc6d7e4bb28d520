'use client'
import { forwardRef, type HTMLAttributes } from 'react'
import { AuraRoot } from '../aura-root/AuraRoot.tsx'
import { cx } from '../kit/parts.ts'
import {
  type AnyDataTableModel,
  DataTableProvider,
  RowSelectionProvider,
} from './DataTableContext.tsx'

export interface DataTableRootProps extends HTMLAttributes<HTMLDivElement> {
  /** The model from `useLeadsTable`, `useCallsTable`, `useOctanistLeadsTable` or `useDataTable`. */
  table: AnyDataTableModel
}

/**
 * The table's kit root (`AuraRoot`, with the table's own locale, messages, theme… as overrides)
 * that hands the model to the parts inside. Renders one `div`, forwards its ref and spreads the
 * rest of its props onto it.
 */
export const DataTableRoot = forwardRef<HTMLDivElement, DataTableRootProps>(function DataTableRoot(
  { table, className, children, ...rest },
  ref,
) {
  return (
    <AuraRoot {...table.settings} {...rest} ref={ref} className={cx('aura-data-table', className)}>
      <DataTableProvider value={table}>
        <RowSelectionProvider value={table.selection}>{children}</RowSelectionProvider>
      </DataTableProvider>
    </AuraRoot>
  )
})
