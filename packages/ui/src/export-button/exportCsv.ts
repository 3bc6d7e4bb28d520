import { type CsvColumn, csvHeaderLine, csvRowLines } from '../utils/csv.ts'

export interface ExportCsvOptions<T> {
  pages: AsyncIterable<readonly T[]>
  columns: readonly CsvColumn<T>[]
  signal?: AbortSignal | undefined
  /** Called after each page with the rows written so far. */
  onProgress?: ((rows: number) => void) | undefined
  /** Starts the file with a UTF-8 byte order mark so Excel reads accents and RTL text; default true. */
  byteOrderMark?: boolean | undefined
}

/** Streams every page into a CSV Blob; rejects with the signal's reason when aborted. */
export async function exportCsv<T>({
  pages,
  columns,
  signal,
  onProgress,
  byteOrderMark = true,
}: ExportCsvOptions<T>): Promise<Blob> {
  const parts = [byteOrderMark ? `\uFEFF${csvHeaderLine(columns)}` : csvHeaderLine(columns)]
  let rows = 0
  for await (const page of pages) {
    signal?.throwIfAborted()
    parts.push(csvRowLines(columns, page))
    rows += page.length
    onProgress?.(rows)
  }
  signal?.throwIfAborted()
  return new Blob(parts, { type: 'text/csv;charset=utf-8' })
}

/** Saves a Blob through a temporary object URL and a detached link. Browser only. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.rel = 'noopener'
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
