// Size budget entry (runner/sizeBudgets.ts): what `<LeadsTable>` renders by default (its toolbar,
// filter bar, column menu and grid) inside the kit's provider, with the API client. ≤ 45 kB.

export { createAuraClient } from '@aura-kit/client'
export { AuraKitProvider, LeadsTable } from '@aura-kit/ui'
