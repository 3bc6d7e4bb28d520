export type { ExportButtonProps } from './ExportButton.tsx'
export { ExportButton } from './ExportButton.tsx'
export type { ExportCsvOptions } from './exportCsv.ts'
export { downloadBlob, exportCsv } from './exportCsv.ts'
