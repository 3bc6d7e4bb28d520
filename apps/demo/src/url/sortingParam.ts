/** One sort key, shaped like TanStack Table's `ColumnSort` (what the tables take). */
export interface SortEntry {
  id: string
  desc: boolean
}

const ID = /^[A-Za-z_][\w]*$/

/** `[{ id: 'name', desc: false }, { id: 'createdAt', desc: true }]` → `name.asc,createdAt.desc`. */
export function sortingToParam(sorting: readonly SortEntry[]): string {
  return sorting.map((entry) => `${entry.id}.${entry.desc ? 'desc' : 'asc'}`).join(',')
}

/** The inverse of `sortingToParam`; malformed or repeated entries are dropped. */
export function sortingFromParam(raw: string | null): SortEntry[] {
  if (!raw) {
    return []
  }
  const sorting: SortEntry[] = []
  for (const part of raw.split(',')) {
    const match = /^(.+)\.(asc|desc)$/.exec(part.trim())
    const id = match?.[1]
    if (id && ID.test(id) && !sorting.some((entry) => entry.id === id)) {
      sorting.push({ id, desc: match[2] === 'desc' })
    }
  }
  return sorting
}
