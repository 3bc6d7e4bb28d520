import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useLayoutEffect,
  useMemo,
  useState,
} from 'react'
import {
  LANGUAGE_STORAGE_KEY,
  LANGUAGES,
  type Language,
  type LanguageSettings,
  languageFromBrowser,
  parseLanguage,
} from './language.ts'

interface LanguageContextValue extends LanguageSettings {
  language: Language
  setLanguage: (language: Language) => void
}

const LanguageContext = createContext<LanguageContextValue | null>(null)

/** The language chosen before, else the browser's. */
function readInitialLanguage(): Language {
  const browser = languageFromBrowser(navigator.languages ?? [navigator.language])
  try {
    return parseLanguage(localStorage.getItem(LANGUAGE_STORAGE_KEY)) ?? browser
  } catch {
    // Storage off: the browser's language.
    return browser
  }
}

/** English or German for the shell and the kit, remembered in localStorage like the theme. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState(readInitialLanguage)
  useLayoutEffect(() => {
    document.documentElement.lang = language
  }, [language])
  const setLanguage = useCallback((next: Language) => {
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, next)
    } catch {
      // Storage off: the choice lasts until reload.
    }
    setLanguageState(next)
  }, [])
  const value = useMemo(
    () => ({ language, setLanguage, ...LANGUAGES[language] }),
    [language, setLanguage],
  )
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>
}

export function useLanguage(): LanguageContextValue {
  const value = useContext(LanguageContext)
  if (!value) {
    throw new Error('useLanguage must be used inside <LanguageProvider>.')
  }
  return value
}

/** The demo's own words in the current language. */
export const useStrings = () => useLanguage().strings
