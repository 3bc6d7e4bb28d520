import { describe, expect, it } from 'vitest'
import { exportCsv } from './exportCsv.ts'

interface Row {
  id: string
  name: string | null
}

const columns = [
  { header: 'id', value: (row: Row) => row.id },
  { header: 'name', value: (row: Row) => row.name },
]

async function* pagesOf(...pages: Row[][]): AsyncIterable<Row[]> {
  for (const page of pages) {
    yield page
  }
}

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer())

describe('exportCsv', () => {
  it('writes a BOM, the header and every page, reporting progress per page', async () => {
    const progress: number[] = []
    const blob = await exportCsv({
      pages: pagesOf(
        [{ id: '1', name: 'Zoë' }],
        [
          { id: '2', name: '=cmd' },
          { id: '3', name: null },
        ],
      ),
      columns,
      onProgress: (rows) => progress.push(rows),
    })
    const bytes = await bytesOf(blob)
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.slice(3))).toBe(
      "id,name\r\n1,Zoë\r\n2,'=cmd\r\n3,\r\n",
    )
    expect(progress).toEqual([1, 3])
    expect(blob.type).toBe('text/csv;charset=utf-8')
  })

  it('leaves the BOM out on request', async () => {
    const blob = await exportCsv({ pages: pagesOf([]), columns, byteOrderMark: false })
    expect(await blob.text()).toBe('id,name\r\n')
    expect((await bytesOf(blob))[0]).toBe('i'.charCodeAt(0))
  })

  it('stops with the signal reason when aborted between pages', async () => {
    const controller = new AbortController()
    const pages = (async function* () {
      yield [{ id: '1', name: 'a' }]
      controller.abort(new Error('cancelled'))
      yield [{ id: '2', name: 'b' }]
    })()
    await expect(exportCsv({ pages, columns, signal: controller.signal })).rejects.toThrow(
      'cancelled',
    )
  })
})
