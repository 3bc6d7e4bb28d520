import type { CSSProperties } from 'react'

/** The documented theme variables, each written as a `--aura-*` custom property on the root. */
export interface AppearanceVariables {
  colorPrimary?: string
  colorText?: string
  colorBackground?: string
  colorBorder?: string
  colorDanger?: string
  fontFamily?: string
  borderRadius?: string
  spacingUnit?: string
  rowHeight?: string
}

export interface Appearance {
  theme?: 'light' | 'dark'
  variables?: AppearanceVariables
}

const VARIABLE_NAMES: Record<keyof AppearanceVariables, string> = {
  colorPrimary: '--aura-color-primary',
  colorText: '--aura-color-text',
  colorBackground: '--aura-color-background',
  colorBorder: '--aura-color-border',
  colorDanger: '--aura-color-danger',
  fontFamily: '--aura-font-family',
  borderRadius: '--aura-border-radius',
  spacingUnit: '--aura-spacing-unit',
  rowHeight: '--aura-row-height',
}

/** Maps `appearance.variables` onto inline custom properties; unknown keys and non-strings are skipped. */
export function appearanceStyle(variables: AppearanceVariables | undefined): CSSProperties {
  const style: Record<string, string> = {}
  if (!variables) {
    return style
  }
  for (const [key, name] of Object.entries(VARIABLE_NAMES)) {
    const value: unknown = variables[key as keyof AppearanceVariables]
    if (typeof value === 'string' && value !== '') {
      style[name] = value
    }
  }
  return style
}
