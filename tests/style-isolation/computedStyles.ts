/** What a probe reads: a computed property, a box measure, or whether the element shows focus. */
export type Measure = string

/** Text, as the host's `font` / `letter-spacing` / link rules would change it. */
export const TEXT: readonly Measure[] = [
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'letter-spacing',
  'text-transform',
  'text-align',
  'color',
  'text-decoration-line',
]

/** The box, as the host's resets, table and button rules would change it. */
export const BOX: readonly Measure[] = [
  'display',
  'box-sizing',
  'box.width',
  'box.height',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-top-style',
  'border-top-color',
  'border-bottom-width',
  'border-left-width',
  'border-top-left-radius',
  'margin-top',
  'margin-left',
  'background-color',
  'cursor',
  'appearance',
]

/** The focus ring, read while the element has keyboard focus. */
export const FOCUS_RING: readonly Measure[] = [
  'state.focus-visible',
  'outline-style',
  'outline-width',
  'outline-color',
  'outline-offset',
]

/** `tag.class.class[name]`, enough to tell which control holds focus. */
export function describeElement(element: Element): string {
  const classes = Array.from(element.classList, (name) => `.${name}`).join('')
  const name = element.getAttribute('name')
  return `${element.localName}${classes}${name ? `[name=${name}]` : ''}`
}

const round = (value: number) => String(Math.round(value * 100) / 100)

/** One measure of an element; box measures are relative to `origin` (the component's slot). */
export function measure(element: Element, name: Measure, origin: Element): string {
  const box = element.getBoundingClientRect()
  const from = origin.getBoundingClientRect()
  switch (name) {
    case 'box.width':
      return round(box.width)
    case 'box.height':
      return round(box.height)
    case 'box.x':
      return round(box.left - from.left)
    case 'box.y':
      return round(box.top - from.top)
    case 'box.overflow-x':
      return String(element.scrollWidth - element.clientWidth)
    case 'state.focus-visible':
      return String(element.matches(':focus-visible') && element === document.activeElement)
    case 'state.focused':
      return describeElement(element)
    default:
      return getComputedStyle(element).getPropertyValue(name)
  }
}

export function measureAll(
  element: Element,
  names: readonly Measure[],
  origin: Element,
): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, measure(element, name, origin)]))
}

/** Every standard (not custom) property Chromium computes, read once. */
let propertyNames: string[] | undefined
function allProperties(): string[] {
  if (propertyNames === undefined) {
    const style = getComputedStyle(document.documentElement)
    propertyNames = Array.from(style).filter((name) => !name.startsWith('--'))
  }
  return propertyNames
}

/** Every standard property of one element (or one of its pseudo-elements). */
export function computedStyleOf(element: Element, pseudo?: string): Record<string, string> {
  return readAll(getComputedStyle(element, pseudo))
}

function readAll(style: CSSStyleDeclaration, skip?: (name: string) => boolean) {
  const values: Record<string, string> = {}
  for (const name of allProperties()) {
    if (!skip?.(name)) {
      values[name] = style.getPropertyValue(name)
    }
  }
  return values
}

const PSEUDOS = ['::before', '::after'] as const

/** `tag.first-aura-class[index]` steps from the swept root, stable from one render to the next. */
function stepOf(element: Element, index: number) {
  const auraClass = Array.from(element.classList).find((name) => name.startsWith('aura-'))
  return `${element.localName}${auraClass ? `.${auraClass}` : ''}[${index}]`
}

export interface SweepOptions {
  /** Properties not compared on the swept element itself (its own box, which the host places). */
  skipOnRoot?: (name: string) => boolean
}

/**
 * Every computed property of an element and all its descendants, plus their generated
 * `::before`/`::after` boxes, `::placeholder` and `::marker`, keyed by a path from the element.
 */
export function sweep(
  root: Element,
  options: SweepOptions = {},
): Map<string, Record<string, string>> {
  const result = new Map<string, Record<string, string>>()
  const visit = (element: Element, path: string) => {
    result.set(
      path,
      readAll(getComputedStyle(element), element === root ? options.skipOnRoot : undefined),
    )
    for (const pseudo of PSEUDOS) {
      const style = getComputedStyle(element, pseudo)
      if (style.getPropertyValue('content') !== 'none') {
        result.set(`${path}${pseudo}`, readAll(style))
      }
    }
    if (element.localName === 'input' && element.hasAttribute('placeholder')) {
      result.set(`${path}::placeholder`, readAll(getComputedStyle(element, '::placeholder')))
    }
    if (getComputedStyle(element).display === 'list-item') {
      result.set(`${path}::marker`, readAll(getComputedStyle(element, '::marker')))
    }
    Array.from(element.children).forEach((child, index) => {
      visit(child, `${path} > ${stepOf(child, index)}`)
    })
  }
  visit(root, stepOf(root, 0))
  return result
}

/** `path: property a → b` for every difference, and paths present on one side only. */
export function diffSweeps(
  expected: Map<string, Record<string, string>>,
  actual: Map<string, Record<string, string>>,
): string[] {
  const differences: string[] = []
  for (const [path, values] of expected) {
    const other = actual.get(path)
    if (other === undefined) {
      differences.push(`${path}: missing`)
      continue
    }
    for (const [name, value] of Object.entries(values)) {
      if (other[name] !== value) {
        differences.push(`${path}: ${name} ${value} → ${other[name]}`)
      }
    }
  }
  for (const path of actual.keys()) {
    if (!expected.has(path)) {
      differences.push(`${path}: unexpected`)
    }
  }
  return differences
}

/** How many values a sweep compares. */
export const sweepSize = (values: Map<string, Record<string, string>>) =>
  [...values.values()].reduce((total, properties) => total + Object.keys(properties).length, 0)
