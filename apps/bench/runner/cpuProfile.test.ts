import { expect, test } from 'vitest'
import { type CpuProfile, shortLocation, topSelfTime } from './cpuProfile.ts'

test('topSelfTime sums each function’s sample time and ranks by it', () => {
  const frame = (functionName: string, url = 'http://127.0.0.1:1/assets/a.js') => ({
    functionName,
    url,
    lineNumber: 0,
  })
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: frame('(root)', '') },
      { id: 2, callFrame: frame('render') },
      { id: 3, callFrame: frame('') },
    ],
    samples: [2, 3, 2, 1],
    timeDeltas: [0, 1000, 3000, 1000],
  }
  const rows = topSelfTime(profile, 2)
  // Each sample lasts until the next one: render 1000 + 1000 µs, the anonymous one 3000 µs.
  expect(rows).toEqual([
    { functionName: '(anonymous)', location: '/assets/a.js:1', selfMs: 3, share: 0.6 },
    { functionName: 'render', location: '/assets/a.js:1', selfMs: 2, share: 0.4 },
  ])
})

test('shortLocation keeps the package path of a dependency module', () => {
  expect(
    shortLocation(
      'http://127.0.0.1:5/assets/node_modules/@tanstack/virtual-core/dist/esm/index-X.js?v=1',
      620,
    ),
  ).toBe('@tanstack/virtual-core/dist/esm/index-X.js:621')
  expect(shortLocation('', 3)).toBe('(native)')
})
