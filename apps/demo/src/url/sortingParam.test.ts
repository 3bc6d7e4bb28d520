import { expect, test } from 'vitest'
import { sortingFromParam, sortingToParam } from './sortingParam.ts'

test('round-trips several keys in order', () => {
  const sorting = [
    { id: 'name', desc: false },
    { id: 'createdAt', desc: true },
  ]
  expect(sortingToParam(sorting)).toBe('name.asc,createdAt.desc')
  expect(sortingFromParam('name.asc,createdAt.desc')).toEqual(sorting)
})

test('no param, no sort', () => {
  expect(sortingFromParam(null)).toEqual([])
  expect(sortingFromParam('')).toEqual([])
  expect(sortingToParam([])).toBe('')
})

test('drops malformed and repeated entries from a hand-edited URL', () => {
  expect(sortingFromParam('name.up,.asc,<script>.asc,value.desc,value.asc,email.asc.desc')).toEqual(
    [{ id: 'value', desc: true }],
  )
})
