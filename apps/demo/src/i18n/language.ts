import { type AuraMessages, en } from '@aura-kit/ui'
import { de } from '@aura-kit/ui/messages/de'
import { type DemoStrings, demoDe, demoEn } from './demoStrings.ts'

export type Language = 'en' | 'de'

export const LANGUAGE_STORAGE_KEY = 'aura-kit-demo:language'

export interface LanguageSettings {
  /** BCP 47 locale for the kit's numbers and dates. */
  locale: string
  /** The kit's catalogue. */
  messages: AuraMessages
  /** The demo's own words. */
  strings: DemoStrings
}

export const LANGUAGES: Record<Language, LanguageSettings> = {
  en: { locale: 'en-US', messages: en, strings: demoEn },
  de: { locale: 'de-DE', messages: de, strings: demoDe },
}

/** Each language named in itself, as a language menu lists them. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', de: 'Deutsch' }

export function parseLanguage(raw: string | null | undefined): Language | null {
  return raw === 'en' || raw === 'de' ? raw : null
}

/** The first of the browser's preferred languages the demo speaks (`de-AT` → German), else English. */
export function languageFromBrowser(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const language = parseLanguage(tag.toLowerCase().split('-')[0])
    if (language) {
      return language
    }
  }
  return 'en'
}
