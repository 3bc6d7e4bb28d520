import type { OctanistSort } from '../../src/index.ts'

type Sortable = string | number | null

function sortValue(row: object, field: string): Sortable {
  const value: unknown = (row as Record<string, unknown>)[field]
  if (typeof value === 'string') {
    return value.toLowerCase()
  }
  return typeof value === 'number' ? value : null
}

/**
 * Compares two Octanist rows by `sort` the way the docs and the mock's README describe it: each
 * field in turn, strings case-insensitively, nulls last in either direction. Ties return 0.
 */
export function compareOctanist(
  left: object,
  right: object,
  sort: readonly OctanistSort[],
): number {
  for (const { field, direction } of sort) {
    const a = sortValue(left, field)
    const b = sortValue(right, field)
    if (a === b) {
      continue
    }
    if (a === null || b === null) {
      return a === null ? 1 : -1
    }
    const order = a < b ? -1 : 1
    return direction === 'asc' ? order : -order
  }
  return 0
}

/** The documented default `createdAt:desc`, with the mock's tie-break: `id` ascending. */
export function octanistDefaultOrder(
  left: { createdAt: string; id: string },
  right: { createdAt: string; id: string },
): number {
  const byCreated = compareOctanist(left, right, [{ field: 'createdAt', direction: 'desc' }])
  if (byCreated !== 0) {
    return byCreated
  }
  return left.id < right.id ? -1 : left.id > right.id ? 1 : 0
}
