export type { CallOutcomesProps } from './CallOutcomes.tsx'
export { CallOutcomes } from './CallOutcomes.tsx'
export type {
  InsightModel,
  InsightProgress,
  InsightStatus,
  InsightTableModel,
} from './InsightContext.tsx'
export { useInsight } from './InsightContext.tsx'
export type { InsightPartProps } from './InsightParts.tsx'
export type { InsightRootProps } from './InsightRoot.tsx'
export type { LeadInsightSource } from './insightSource.tsx'
export type { KpiCardDeltaProps, KpiCardProps } from './KpiCard.tsx'
export { KpiCard } from './KpiCard.tsx'
export type { LeadFunnelProps } from './LeadFunnel.tsx'
export { LeadFunnel } from './LeadFunnel.tsx'
export type { LeadSourceChartProps } from './LeadSourceChart.tsx'
export { LeadSourceChart } from './LeadSourceChart.tsx'
export type { LeadsOverTimeChartProps } from './LeadsOverTimeChart.tsx'
export { LeadsOverTimeChart } from './LeadsOverTimeChart.tsx'
export type { PipelineValueProps } from './PipelineValue.tsx'
export { PipelineValue } from './PipelineValue.tsx'
