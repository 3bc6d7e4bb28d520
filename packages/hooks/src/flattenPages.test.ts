import { describe, expect, it } from 'vitest'
import { flattenPages } from './flattenPages.ts'

describe('flattenPages', () => {
  it('keeps the first occurrence of each id across overlapping pages, in order', () => {
    const pages = [
      {
        data: [
          { id: 'a', n: 1 },
          { id: 'b', n: 1 },
        ],
      },
      {
        data: [
          { id: 'b', n: 2 },
          { id: 'c', n: 2 },
        ],
      },
      { data: [] },
      {
        data: [
          { id: 'a', n: 3 },
          { id: 'd', n: 3 },
        ],
      },
    ]
    expect(flattenPages(pages)).toEqual([
      { id: 'a', n: 1 },
      { id: 'b', n: 1 },
      { id: 'c', n: 2 },
      { id: 'd', n: 3 },
    ])
  })
})
