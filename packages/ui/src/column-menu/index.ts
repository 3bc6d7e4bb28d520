export type { ColumnMenuProps, HideableColumn } from './ColumnMenu.tsx'
export { ColumnMenu } from './ColumnMenu.tsx'
