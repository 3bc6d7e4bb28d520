'use client'
import { forwardRef, type HTMLAttributes } from 'react'
import { ExportButton } from '../export-button/ExportButton.tsx'
import { useAllMessages } from '../kit/useAllMessages.ts'
import { useDataTableContext } from './DataTableContext.tsx'

export interface DataTableExportProps extends HTMLAttributes<HTMLDivElement> {}

/**
 * "Export CSV" of every row the table can load (all pages of its current filters), headed in the
 * kit's messages. Renders one `div`, forwards its ref, spreads the rest; nothing without a source.
 */
export const DataTableExport = forwardRef<HTMLDivElement, DataTableExportProps>(
  function DataTableExport(props, ref) {
    const { exportSource } = useDataTableContext('DataTable.Export')
    const messages = useAllMessages()
    if (!exportSource) {
      return null
    }
    return (
      <ExportButton
        {...props}
        ref={ref}
        getPages={exportSource.getPages}
        columns={exportSource.columns(messages)}
        filename={exportSource.filename}
        onExport={exportSource.onExport}
      />
    )
  },
)
