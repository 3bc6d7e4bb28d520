import { Switch } from 'radix-ui'
import { useId } from 'react'
import { useStrings } from '../i18n/LanguageProvider.tsx'
import { useTheme } from './ThemeProvider.tsx'

export function ThemeSwitch() {
  const { theme, setTheme } = useTheme()
  const strings = useStrings()
  const id = useId()
  return (
    <div className="demo-theme-switch">
      <label htmlFor={id}>{strings.darkMode}</label>
      <Switch.Root
        id={id}
        className="demo-switch"
        checked={theme === 'dark'}
        onCheckedChange={(checked) => setTheme(checked ? 'dark' : 'light')}
      >
        <Switch.Thumb className="demo-switch-thumb" />
      </Switch.Root>
    </div>
  )
}
