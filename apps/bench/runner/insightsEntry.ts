// The tables entry plus every insight widget: the difference to tablesEntry.ts is what the
// dashboard widgets add to a partner's bundle (`pnpm --filter @aura-kit/bench run size:insights`).
export {
  CallOutcomes,
  KpiCard,
  LeadFunnel,
  LeadSourceChart,
  LeadsOverTimeChart,
  PipelineValue,
} from '@aura-kit/ui'
export * from './tablesEntry.ts'
