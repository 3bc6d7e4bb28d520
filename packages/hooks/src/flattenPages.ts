/** Flattens pages into one list, keeping the first occurrence of each id (pages can overlap). */
export function flattenPages<T extends { id: string }>(pages: ReadonlyArray<{ data: T[] }>): T[] {
  const seen = new Set<string>()
  const rows: T[] = []
  for (const page of pages) {
    for (const row of page.data) {
      if (!seen.has(row.id)) {
        seen.add(row.id)
        rows.push(row)
      }
    }
  }
  return rows
}
