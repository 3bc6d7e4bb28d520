import type { Appearance } from '@aura-kit/ui'
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useLayoutEffect,
  useMemo,
  useState,
} from 'react'
import { parseTheme, THEME_STORAGE_KEY, type Theme } from './theme.ts'

interface ThemeContextValue {
  theme: Theme
  setTheme: (theme: Theme) => void
  /** The kit's `appearance`, set once on its provider. */
  appearance: Appearance
}

const ThemeContext = createContext<ThemeContextValue | null>(null)

function readInitialTheme(): Theme {
  let stored: string | null = null
  try {
    stored = localStorage.getItem(THEME_STORAGE_KEY)
  } catch {
    // Storage off: fall back to the system setting.
  }
  return (
    parseTheme(stored) ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light')
  )
}

function applyToDocument(theme: Theme): void {
  document.documentElement.dataset.theme = theme
  document.documentElement.style.colorScheme = theme
}

/** Light or dark for the shell and the kit, remembered in localStorage. */
export function ThemeProvider({ children }: { children: ReactNode }) {
  const [theme, setThemeState] = useState(readInitialTheme)
  // Before paint, so the page never flashes the other theme.
  useLayoutEffect(() => applyToDocument(theme), [theme])
  const setTheme = useCallback((next: Theme) => {
    try {
      localStorage.setItem(THEME_STORAGE_KEY, next)
    } catch {
      // Storage off: the choice lasts until reload.
    }
    setThemeState(next)
  }, [])
  const value = useMemo(
    () => ({ theme, setTheme, appearance: { theme } satisfies Appearance }),
    [theme, setTheme],
  )
  return <ThemeContext.Provider value={value}>{children}</ThemeContext.Provider>
}

export function useTheme(): ThemeContextValue {
  const value = useContext(ThemeContext)
  if (!value) {
    throw new Error('useTheme must be used inside <ThemeProvider>.')
  }
  return value
}
