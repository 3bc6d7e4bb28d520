import { useId } from 'react'
import { useLanguage } from './LanguageProvider.tsx'
import { LANGUAGE_NAMES, LANGUAGES, type Language, parseLanguage } from './language.ts'

/** The header's language menu; each language is named in itself. */
export function LanguageSwitch() {
  const { language, setLanguage, strings } = useLanguage()
  const id = useId()
  return (
    <div className="demo-language-switch">
      <label htmlFor={id}>{strings.language}</label>
      <select
        id={id}
        className="demo-select"
        value={language}
        onChange={(event) => setLanguage(parseLanguage(event.currentTarget.value) ?? 'en')}
      >
        {(Object.keys(LANGUAGES) as Language[]).map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  )
}
