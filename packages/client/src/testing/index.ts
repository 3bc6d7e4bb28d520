export type {
  JsonObject,
  MutatedRecord,
  RecordMutation,
  ValuePath,
} from './recordMutations.ts'
export {
  applyMutations,
  mutatedCallArbitrary,
  mutatedLeadArbitrary,
  mutatedOctanistLeadArbitrary,
  mutatedRecordArbitrary,
  mutationArbitrary,
  oddValueArbitrary,
  referenceCall,
  referenceLead,
  referenceOctanistLead,
  validCallArbitrary,
  validLeadArbitrary,
  validOctanistLeadArbitrary,
  validRecordArbitrary,
  valuePaths,
} from './recordMutations.ts'
