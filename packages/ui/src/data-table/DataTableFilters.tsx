'use client'
import { type FormHTMLAttributes, forwardRef, type HTMLAttributes, useId } from 'react'
import { FilterBar } from '../filter-bar/FilterBar.tsx'
import { cx } from '../kit/parts.ts'
import { useAllMessages } from '../kit/useAllMessages.ts'
import { useMessageSections } from '../kit/useMessages.ts'
import { filters as filtersEn } from '../messages/en/filters.ts'
import { useDataTableContext, useTableLabels } from './DataTableContext.tsx'

export interface DataTableFiltersProps
  extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onChange' | 'children'> {
  /** Accessible name of the form; default the table's (e.g. "Lead filters"). */
  label?: string | undefined
}

/**
 * The table's filter bar (status, source, people…), bound to the table's filters. Renders one
 * `form`, forwards its ref and spreads the rest; nothing for a table without filters.
 */
export const DataTableFilters = forwardRef<HTMLFormElement, DataTableFiltersProps>(
  function DataTableFilters({ label, ...rest }, ref) {
    const model = useDataTableContext('DataTable.Filters')
    const labels = useTableLabels(model)
    const messages = useAllMessages()
    const filters = model.filters
    if (!filters) {
      return null
    }
    return (
      <FilterBar
        {...rest}
        ref={ref}
        label={label ?? labels.filters}
        controls={filters.schema.controls(messages)}
        values={filters.schema.toValues(filters.value)}
        onChange={(values) => filters.onChange(filters.schema.fromValues(values, filters.value))}
      />
    )
  },
)

export interface DataTableSearchProps extends HTMLAttributes<HTMLDivElement> {}

/**
 * The table's search field (label and input), bound to its search text. Renders one `div`,
 * forwards its ref and spreads the rest; nothing for a table without search.
 */
export const DataTableSearch = forwardRef<HTMLDivElement, DataTableSearchProps>(
  function DataTableSearch({ className, ...rest }, ref) {
    const { search } = useDataTableContext('DataTable.Search')
    const messages = useMessageSections({ filters: filtersEn })
    const id = useId()
    if (!search) {
      return null
    }
    return (
      <div {...rest} ref={ref} className={cx('aura-field', className)}>
        <label className="aura-field-label" htmlFor={id}>
          {messages.filters.search}
        </label>
        <input
          id={id}
          type="search"
          className="aura-input"
          value={search.value}
          placeholder={messages.filters.searchPlaceholder}
          onChange={(event) => search.onChange(event.target.value)}
        />
      </div>
    )
  },
)
