// Size budget entry (runner/sizeBudgets.ts): the typed API client alone. ≤ 6 kB.
export { createAuraClient } from '@aura-kit/client'
