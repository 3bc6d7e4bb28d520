import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type SortColumn, sortOrder, sortOrderInSlices, toSortKey } from './sortRows.ts'

interface Item {
  name?: string | null
  amount?: number | null
}
const collator = new Intl.Collator('en', { numeric: true })
const byName: SortColumn<Item> = { value: (item) => item.name, desc: false }
const byAmount: SortColumn<Item> = { value: (item) => item.amount, desc: false }
const names = (items: Item[], order: Uint32Array) => [...order].map((i) => items[i]?.name)

describe('sortOrder', () => {
  it('sorts text by the locale, numbers by value, and keeps empty values last either way', () => {
    const items: Item[] = [
      { name: 'émile' },
      { name: '' },
      { name: 'Zoë' },
      { name: null },
      { name: 'adam' },
      { name: 'item 10' },
      { name: 'item 9' },
    ]
    expect(names(items, sortOrder(items, [byName], collator))).toEqual([
      'adam',
      'émile',
      'item 9',
      'item 10',
      'Zoë',
      '',
      null,
    ])
    expect(names(items, sortOrder(items, [{ ...byName, desc: true }], collator))).toEqual([
      'Zoë',
      'item 10',
      'item 9',
      'émile',
      'adam',
      '',
      null,
    ])
    expect(
      names(items, sortOrder(items, [{ ...byName, emptyFirst: true }], collator)).slice(0, 2),
    ).toEqual(['', null])
  })

  it('breaks ties by the next column, then by position (stable)', () => {
    const items: Item[] = [
      { name: 'b', amount: 2 },
      { name: 'a', amount: 2 },
      { name: 'c', amount: 1 },
      { name: 'd', amount: 2 },
    ]
    const order = sortOrder(items, [{ ...byAmount, desc: true }, byName], collator)
    expect(names(items, order)).toEqual(['a', 'b', 'd', 'c'])
    expect([...sortOrder(items, [{ value: () => 1, desc: false }], collator)]).toEqual([0, 1, 2, 3])
  })

  it('treats a throwing accessor as an empty value for that row only', () => {
    const items: Item[] = [{ amount: 3 }, { amount: 1 }, { amount: 2 }]
    const odd: SortColumn<Item> = {
      value: (item) => {
        if (item.amount === 1) {
          throw new Error('odd record')
        }
        return item.amount
      },
      desc: false,
    }
    expect([...sortOrder(items, [odd], collator)]).toEqual([2, 0, 1])
  })

  it('matches a stable Array sort for any data and direction', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            name: fc.option(fc.string({ maxLength: 4 }), { nil: undefined }),
            amount: fc.option(fc.integer({ min: -5, max: 5 }), { nil: null }),
          }),
          { maxLength: 300 },
        ),
        fc.boolean(),
        fc.boolean(),
        (items, descAmount, descName) => {
          const columns = [
            { ...byAmount, desc: descAmount },
            { ...byName, desc: descName },
          ]
          const expected = items
            .map((_, index) => index)
            .sort((a, b) => {
              for (const column of columns) {
                const x = toSortKey(column.value(items[a] as Item, a))
                const y = toSortKey(column.value(items[b] as Item, b))
                if (x === y) {
                  continue
                }
                if (x === undefined) {
                  return 1
                }
                if (y === undefined) {
                  return -1
                }
                const result =
                  typeof x === 'number' && typeof y === 'number'
                    ? x - y
                    : collator.compare(String(x), String(y))
                if (result !== 0) {
                  return column.desc ? -result : result
                }
              }
              return a - b
            })
          expect([...sortOrder(items, columns, collator)]).toEqual(expected)
        },
      ),
    )
  })
})

describe('sortOrderInSlices', () => {
  it('gives the same order as sorting at once, over many slices', async () => {
    const items: Item[] = Array.from({ length: 20_000 }, (_, i) => ({
      name: `lead ${(i * 7919) % 20_000}`,
    }))
    let slices = 0
    const order = await sortOrderInSlices(items, [byName], collator, {
      signal: new AbortController().signal,
      sliceMs: 0,
      nextSlice: async () => {
        slices++
      },
    })
    expect(slices).toBeGreaterThan(10)
    expect(order).toEqual(sortOrder(items, [byName], collator))
  })

  it('stops when aborted', async () => {
    const controller = new AbortController()
    const items: Item[] = Array.from({ length: 10_000 }, (_, i) => ({ amount: -i }))
    const sorting = sortOrderInSlices(items, [byAmount], collator, {
      signal: controller.signal,
      sliceMs: 0,
      nextSlice: async () => controller.abort(new Error('sorting changed')),
    })
    await expect(sorting).rejects.toThrow('sorting changed')
  })
})
