import kitCss from '@aura-kit/ui/styles.css?raw'
import bootstrapCss from 'bootstrap/dist/css/bootstrap.css?raw'
import preflightSource from 'tailwindcss/preflight.css?raw'

/** The reset a partner's CRM shipped with when issue #11 was found, as reported. */
export const AGGRESSIVE_RESET_CSS = `
* { box-sizing: content-box; font: 20px serif }
table, td, th { border: 3px solid red; padding: 20px }
button { all: unset }
`

/**
 * Tailwind v4's preflight as its compiler emits it: `--theme(--name, fallback)` becomes the
 * fallback (no theme is configured). Left unlayered, which is harsher than v4's `@layer base`
 * (an unlayered rule beats every layered one) and is what v3 and hand-copied resets ship.
 */
export const TAILWIND_PREFLIGHT_CSS = preflightSource.replace(
  /--theme\(\s*--[\w-]+,\s*([^)]*?)\s*\)/g,
  '$1',
)

export { bootstrapCss as BOOTSTRAP_CSS, kitCss as KIT_CSS }

type Sheet = 'kit' | 'bootstrap' | 'tailwind-preflight' | 'aggressive-reset'

const SHEETS: Record<Sheet, string> = {
  kit: kitCss,
  bootstrap: bootstrapCss,
  'tailwind-preflight': TAILWIND_PREFLIGHT_CSS,
  'aggressive-reset': AGGRESSIVE_RESET_CSS,
}

export interface HostVariant {
  name: string
  /** Stylesheets in document order; `kit` is the kit's own. */
  sheets: readonly Sheet[]
}

/** Every host page the kit must look the same in, the first being the reference. */
export const HOST_VARIANTS: readonly HostVariant[] = [
  { name: 'no host CSS', sheets: ['kit'] },
  { name: 'Bootstrap 5 before the kit', sheets: ['bootstrap', 'kit'] },
  { name: 'Bootstrap 5 after the kit', sheets: ['kit', 'bootstrap'] },
  { name: 'Tailwind preflight before the kit', sheets: ['tailwind-preflight', 'kit'] },
  { name: 'Tailwind preflight after the kit', sheets: ['kit', 'tailwind-preflight'] },
  { name: 'aggressive reset', sheets: ['kit', 'aggressive-reset'] },
]

/**
 * Adds the variant's stylesheets as `<style>` elements in its order, optionally without the kit's,
 * and returns a function that removes them again.
 */
export function applyHostCss(variant: HostVariant, { withKit = true } = {}): () => void {
  const styles = variant.sheets
    .filter((sheet) => withKit || sheet !== 'kit')
    .map((sheet) => {
      const style = document.createElement('style')
      style.dataset.sheet = sheet
      style.textContent = SHEETS[sheet]
      document.head.append(style)
      return style
    })
  return () => {
    for (const style of styles) {
      style.remove()
    }
  }
}
