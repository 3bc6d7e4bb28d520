export type { AuraRootProps } from './AuraRoot.tsx'
export { AuraRoot, usePortalContainer } from './AuraRoot.tsx'
export type { Appearance, AppearanceVariables } from './appearance.ts'
export { appearanceStyle } from './appearance.ts'
