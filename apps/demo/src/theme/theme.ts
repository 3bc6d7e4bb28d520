export type Theme = 'light' | 'dark'

export const THEME_STORAGE_KEY = 'aura-kit-demo:theme'

export function parseTheme(raw: string | null | undefined): Theme | null {
  return raw === 'light' || raw === 'dark' ? raw : null
}
