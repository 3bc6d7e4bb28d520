/** Rows of every page in order, each id once, and how many repeats were left out. */
export function collectRows<T extends { id: string }>(
  pages: ReadonlyArray<{ data: readonly T[] }>,
): { rows: T[]; duplicates: number } {
  const seen = new Set<string>()
  const rows: T[] = []
  let duplicates = 0
  for (const page of pages) {
    for (const row of page.data) {
      if (seen.has(row.id)) {
        duplicates++
      } else {
        seen.add(row.id)
        rows.push(row)
      }
    }
  }
  return { rows, duplicates }
}

/** Flattens pages into one list, keeping the first occurrence of each id (pages can overlap). */
export function flattenPages<T extends { id: string }>(pages: ReadonlyArray<{ data: T[] }>): T[] {
  return collectRows(pages).rows
}
