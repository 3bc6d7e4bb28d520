// What a partner who embeds only the tables ships: the three kit tables and the blocks they are
// built from. Bundled by bundleSizes.ts; the components other work adds to packages/ui stay out.
export {
  AuraRoot,
  CallsTable,
  ColumnMenu,
  DataTable,
  ExportButton,
  FilterBar,
  LeadsTable,
  OctanistLeadsTable,
} from '@aura-kit/ui'
