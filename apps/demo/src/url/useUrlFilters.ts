import type { FilterFields, FiltersOf } from '@aura-kit/ui'
import { filtersFromSearchParams, filtersToSearchParams } from '@aura-kit/ui/utils'
import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'

/**
 * A table's filters read from and written to the route's query string, so the URL is the only
 * state: reload, back/forward and shared links all show the same rows.
 */
export function useUrlFilters<F extends FilterFields>(
  fields: F,
): [FiltersOf<F>, (filters: FiltersOf<F>) => void] {
  const [params, setParams] = useSearchParams()
  const filters = useMemo(() => filtersFromSearchParams(fields, params), [fields, params])
  const setFilters = useCallback(
    (next: FiltersOf<F>) => {
      setParams((current) => filtersToSearchParams(fields, next, {}, current), { replace: true })
    },
    [fields, setParams],
  )
  return [filters, setFilters]
}
