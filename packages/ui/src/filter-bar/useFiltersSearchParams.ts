'use client'
import { useCallback, useState } from 'react'
import {
  type FilterFields,
  type FiltersOf,
  filtersFromSearchParams,
  filtersToSearchParams,
} from './filterSearchParams.ts'

export interface UseFiltersSearchParamsOptions {
  prefix?: string
  /** Current query string; default `location.search` (empty on the server). */
  getSearch?: () => string
  /** Writes the new query string; default `history.replaceState`. */
  setSearch?: (search: string) => void
}

const defaultGetSearch = () => (typeof location === 'undefined' ? '' : location.search)
const defaultSetSearch = (search: string) => {
  if (typeof history !== 'undefined' && typeof location !== 'undefined') {
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`)
  }
}

/** Filters kept in the URL: `[filters, setFilters]`, ready for a table's `filters`/`onFiltersChange`. */
export function useFiltersSearchParams<F extends FilterFields>(
  fields: F,
  {
    prefix = '',
    getSearch = defaultGetSearch,
    setSearch = defaultSetSearch,
  }: UseFiltersSearchParamsOptions = {},
): [FiltersOf<F>, (filters: FiltersOf<F>) => void] {
  const [filters, setFiltersState] = useState(() =>
    filtersFromSearchParams(fields, new URLSearchParams(getSearch()), { prefix }),
  )
  const setFilters = useCallback(
    (next: FiltersOf<F>) => {
      setFiltersState(next)
      const params = filtersToSearchParams(
        fields,
        next,
        { prefix },
        new URLSearchParams(getSearch()),
      )
      const search = params.toString()
      setSearch(search ? `?${search}` : '')
    },
    [fields, prefix, getSearch, setSearch],
  )
  return [filters, setFilters]
}
