import { type Appearance, AuraKitProvider, AuraRoot } from '@aura-kit/ui'
import { de } from '@aura-kit/ui/messages/de'
import '@aura-kit/ui/styles.css'
import type { Decorator, Preview } from '@storybook/react-vite'

type Theme = NonNullable<Appearance['theme']>
const themeOf = (value: unknown): Theme => (value === 'dark' ? 'dark' : 'light')

/**
 * The toolbar's theme and language as kit settings: every component in a story inherits them,
 * and a story's own `appearance`, `locale` or `messages` args override them for that component.
 */
const withKitSettings: Decorator = (Story, context) => {
  const german = context.globals.language === 'de'
  return (
    <AuraKitProvider
      appearance={{ theme: themeOf(context.globals.theme) }}
      {...(german ? { messages: de, locale: 'de-DE' } : {})}
    >
      <AuraRoot style={{ padding: 16 }}>{Story()}</AuraRoot>
    </AuraKitProvider>
  )
}

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    theme: {
      description: 'The kit theme every component inherits',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    language: {
      description: "The kit's messages and locale",
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'de', title: 'Deutsch' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', language: 'en' },
  parameters: {
    controls: { expanded: true },
    // Every story runs an axe check, and a violation fails its test.
    a11y: { test: 'error' },
  },
  decorators: [withKitSettings],
}

export default preview
