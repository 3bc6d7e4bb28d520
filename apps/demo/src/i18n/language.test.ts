import { de } from '@aura-kit/ui/messages/de'
import { expect, test } from 'vitest'
import { demoDe, demoEn } from './demoStrings.ts'
import { LANGUAGES, languageFromBrowser, parseLanguage } from './language.ts'

test('only English and German are languages', () => {
  expect(parseLanguage('en')).toBe('en')
  expect(parseLanguage('de')).toBe('de')
  expect(parseLanguage('de-DE')).toBeNull()
  expect(parseLanguage(null)).toBeNull()
})

test('German switches the kit catalogue, the locale and the demo strings together', () => {
  expect(LANGUAGES.de).toEqual({ locale: 'de-DE', messages: de, strings: demoDe })
  expect(LANGUAGES.en.locale).toBe('en-US')
  expect(LANGUAGES.en.messages.language).toBe('en')
  expect(LANGUAGES.en.strings).toBe(demoEn)
})

test('the German dictionary words its values itself', () => {
  expect(demoDe.callOn('3. Juni 2026')).toBe('Gespräch am 3. Juni 2026')
  expect(demoDe.leadCreated('Ada')).toBe('Ada wurde angelegt.')
  // Every string differs from the English one, except names and loanwords used as they are.
  const same = Object.keys(demoEn).filter(
    (key) =>
      typeof demoEn[key as keyof typeof demoEn] === 'string' &&
      demoEn[key as keyof typeof demoEn] === demoDe[key as keyof typeof demoDe],
  )
  expect(same).toEqual(['navLeads', 'navOctanist', 'leadsTitle', 'relatedLead', 'token'])
})

test("a first visit speaks the browser's language when the demo has it", () => {
  expect(languageFromBrowser(['de-AT', 'en'])).toBe('de')
  expect(languageFromBrowser(['fr-FR', 'DE'])).toBe('de')
  expect(languageFromBrowser(['fr-FR', 'es'])).toBe('en')
  expect(languageFromBrowser([])).toBe('en')
})
