// Size budget entry (runner/sizeBudgets.ts): the call transcript alone. ≤ 25 kB.
export { CallTranscript } from '@aura-kit/ui'
