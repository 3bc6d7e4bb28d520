import type { Decorator } from '@storybook/react-vite'
import { type ReactNode, useLayoutEffect } from 'react'

/**
 * Deliberately aggressive host-page CSS, some of it `!important` (which the kit's scoped reset
 * cannot undo): the table must stay usable and accessible under it.
 */
export const HOSTILE_HOST_CSS = `
* { box-sizing: content-box !important; font-size: 30px; line-height: 3; }
table { display: block; border-collapse: separate; border-spacing: 12px; }
td, th { padding: 40px; }
div { margin: 4px; }
`

function HostileHostCss({ children }: { children: ReactNode }) {
  // Global on purpose (a host page's stylesheet), so it is removed again on unmount.
  useLayoutEffect(() => {
    const style = document.createElement('style')
    style.dataset.testid = 'hostile-host-css'
    style.textContent = HOSTILE_HOST_CSS
    document.head.append(style)
    return () => style.remove()
  }, [])
  return children
}

export const withHostileHostCss: Decorator = (Story) => (
  <HostileHostCss>
    <Story />
  </HostileHostCss>
)
