export type { HideableColumn } from './ColumnMenu.tsx'
export { ColumnMenu } from './ColumnMenu.tsx'
