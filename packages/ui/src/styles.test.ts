// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const css = readFileSync(new URL('./styles.css', import.meta.url), 'utf8')
const source = css.replace(/\/\*[\s\S]*?\*\//g, '')

interface Rule {
  selector: string
  body: string
}

/** Style rules in order, descending into `@media`; `@keyframes` blocks are returned apart. */
function parse(text: string, rules: Rule[] = [], keyframes: string[] = []) {
  let index = 0
  while (index < text.length) {
    const open = text.indexOf('{', index)
    if (open < 0) {
      break
    }
    let depth = 1
    let close = open + 1
    for (; depth > 0; close++) {
      depth += text[close] === '{' ? 1 : text[close] === '}' ? -1 : 0
    }
    const prelude = text.slice(index, open).trim()
    const body = text.slice(open + 1, close - 1)
    if (prelude.startsWith('@media')) {
      parse(body, rules, keyframes)
    } else if (prelude.startsWith('@keyframes')) {
      keyframes.push(prelude.slice('@keyframes'.length).trim())
    } else {
      rules.push({ selector: prelude.replace(/\s+/g, ' '), body })
    }
    index = close
  }
  return { rules, keyframes }
}

/** Splits at top-level commas (not those inside `:is()`/`:where()`/`:not()`). */
function splitList(list: string): string[] {
  const parts: string[] = []
  let depth = 0
  let current = ''
  for (const character of list) {
    depth += character === '(' ? 1 : character === ')' ? -1 : 0
    if (character === ',' && depth === 0) {
      parts.push(current.trim())
      current = ''
    } else {
      current += character
    }
  }
  return [...parts, current.trim()]
}

type Specificity = [number, number, number]
const compare = (a: Specificity, b: Specificity) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]
const add = (a: Specificity, b: Specificity): Specificity => [a[0] + b[0], a[1] + b[1], a[2] + b[2]]

/** Selectors Level 4 specificity, for the syntax this stylesheet uses. */
function specificity(selector: string): Specificity {
  let total: Specificity = [0, 0, 0]
  let rest = selector
  while (rest.length > 0) {
    const functional = /^:(where|is|not)\(/.exec(rest)
    if (functional) {
      let depth = 1
      let end = functional[0].length
      for (; depth > 0; end++) {
        depth += rest[end] === '(' ? 1 : rest[end] === ')' ? -1 : 0
      }
      const inner = rest.slice(functional[0].length, end - 1)
      if (functional[1] !== 'where') {
        const most = splitList(inner).map(specificity).sort(compare).at(-1)
        total = add(total, most ?? [0, 0, 0])
      }
      rest = rest.slice(end)
      continue
    }
    const token =
      /^(#[\w-]+)|^(\.[\w-]+|\[[^\]]*\]|:[\w-]+(?:\([^)]*\))?)|^(::[\w-]+|[a-z][\w-]*)|^([\s>+~*]+)/i.exec(
        rest,
      )
    if (!token) {
      throw new Error(`specificity: cannot read "${rest}" in "${selector}"`)
    }
    if (token[1]) {
      total = add(total, [1, 0, 0])
    } else if (token[2]) {
      total = add(total, [0, 1, 0])
    } else if (token[3]) {
      total = add(total, [0, 0, 1])
    }
    rest = rest.slice(token[0].length)
  }
  return total
}

const { rules, keyframes } = parse(source)
const selectors = rules.flatMap((rule) => splitList(rule.selector))

describe('styles.css', () => {
  it('is not in a cascade layer, which any unlayered host rule (Bootstrap, a reset) would beat', () => {
    expect(source).not.toMatch(/@layer\b/)
    expect(rules.length).toBeGreaterThan(150)
  })

  it('matches nothing outside a kit root: every selector starts at .aura-root', () => {
    for (const selector of selectors) {
      expect(selector).toMatch(/^\.aura-root(?![\w-])/)
      // Type selectors only after a combinator or parenthesis: `.aura-body` is a class.
      expect(selector).not.toMatch(/:root|(^|[\s>+~(,])(html|body)\b/)
    }
  })

  it('opens with the reset, and every later rule is at least as specific, so the kit wins', () => {
    const [reset] = rules
    expect(reset?.body).toMatch(/^\s*all: revert;\s*$/)
    const resetSpecificity = specificity(splitList(reset?.selector ?? '')[0] ?? '')
    expect(resetSpecificity).toEqual([0, 2, 0])
    // Rules that only declare custom properties need no weight: `all` never touches those.
    const styling = rules.filter((rule) => /(^|;)\s*-?[a-z][\w-]*\s*:/.test(rule.body))
    for (const selector of styling.flatMap((rule) => splitList(rule.selector))) {
      expect(
        compare(specificity(selector), resetSpecificity),
        `${selector} is less specific than the reset`,
      ).toBeGreaterThanOrEqual(0)
    }
  })

  it("keeps SVG, elements with presentational size attributes and the host's marked content out of the reset", () => {
    expect(rules[0]?.selector).toContain(
      ':where(:not(svg, svg *, [width], [height], [data-aura-host], [data-aura-host] *))',
    )
    expect(rules[0]?.selector).toContain(
      ':where(:not([data-aura-host], [data-aura-host] *))::before',
    )
    // `all: revert` drops `hidden` in Chromium (a presentational hint); the kit puts it back.
    const hidden = rules.find((rule) => rule.selector.includes(':where([hidden]:not('))
    expect(hidden?.body).toContain('display: none !important;')
  })

  it('names keyframes aura-* and sizes nothing in rem (the host sets the root font size)', () => {
    expect(keyframes.length).toBeGreaterThan(0)
    for (const name of keyframes) {
      expect(name).toMatch(/^aura-/)
    }
    for (const [, name] of source.matchAll(/animation:\s*([\w-]+)/g)) {
      expect(name === 'none' || keyframes.includes(name ?? '')).toBe(true)
    }
    expect(source).not.toMatch(/\d+(\.\d+)?rem\b/)
  })

  it('declares every documented variable with a dark theme', () => {
    for (const name of ['primary', 'text', 'background', 'border', 'danger']) {
      expect(css).toContain(`--aura-color-${name}:`)
    }
    for (const name of ['font-family', 'border-radius', 'spacing-unit', 'row-height']) {
      expect(css).toContain(`--aura-${name}:`)
    }
    expect(css).toContain('.aura-root[data-theme="dark"]')
  })
})
