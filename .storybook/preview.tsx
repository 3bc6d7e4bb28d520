import { type Appearance, AuraRoot } from '@aura-kit/ui'
import '@aura-kit/ui/styles.css'
import type { Decorator, Preview } from '@storybook/react-vite'

type Theme = NonNullable<Appearance['theme']>
const themeOf = (value: unknown): Theme => (value === 'dark' ? 'dark' : 'light')

/** Maps the toolbar's theme onto AuraRoot, and onto the table's own `appearance` prop. */
const withTheme: Decorator = (Story, context) => {
  const theme = themeOf(context.globals.theme)
  const own: unknown = context.args.appearance
  const appearance: Appearance = { ...(typeof own === 'object' ? own : {}), theme }
  // Each table renders its own AuraRoot, whose theme would otherwise reset to light.
  return (
    <AuraRoot appearance={{ theme }} style={{ padding: 16 }}>
      {Story({ args: { ...context.args, appearance } })}
    </AuraRoot>
  )
}

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    theme: {
      description: 'Theme passed to the tables as appearance.theme',
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
  },
  initialGlobals: { theme: 'light' },
  parameters: {
    controls: { expanded: true },
    // Every story runs an axe check, and a violation fails its test.
    a11y: { test: 'error' },
  },
  decorators: [withTheme],
}

export default preview
