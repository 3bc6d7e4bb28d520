import { expect, test } from 'vitest'
import { packageOf } from './bundleSizes.ts'

test('packageOf names the package an input file came from', () => {
  expect(
    packageOf(
      '../../node_modules/.pnpm/@tanstack+table-core@9.3.1/node_modules/@tanstack/table-core/dist/index.js',
    ),
  ).toBe('@tanstack/table-core')
  expect(
    packageOf(
      'node_modules/.pnpm/@radix-ui+react-popover@1/node_modules/@radix-ui/react-popover/x.mjs',
    ),
  ).toBe('radix-ui')
  expect(
    packageOf('../../node_modules/.pnpm/radix-ui@1.8.1/node_modules/radix-ui/dist/index.mjs'),
  ).toBe('radix-ui')
  expect(packageOf('../../packages/ui/src/leads-table/LeadsTable.tsx')).toBe('@aura-kit/ui')
  expect(packageOf('runner/tablesEntry.ts')).toBe('entry')
})
