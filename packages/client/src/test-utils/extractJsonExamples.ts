/**
 * Finds every top-level JSON object in a reference page: scans for `{`, walks to its matching
 * `}` (skipping braces inside strings), and keeps the slice if JSON.parse accepts it.
 */
export function extractJsonExamples(page: string): unknown[] {
  const found: unknown[] = []
  let index = page.indexOf('{')
  while (index !== -1) {
    const end = matchingBrace(page, index)
    const parsed = end === -1 ? undefined : tryParse(page.slice(index, end + 1))
    if (parsed !== undefined) {
      found.push(parsed)
      index = page.indexOf('{', end + 1)
    } else {
      index = page.indexOf('{', index + 1)
    }
  }
  return found
}

function matchingBrace(text: string, start: number): number {
  let depth = 0
  let inString = false
  for (let i = start; i < text.length; i++) {
    const char = text[i]
    if (inString) {
      if (char === '\\') {
        i++
      } else if (char === '"') {
        inString = false
      }
    } else if (char === '"') {
      inString = true
    } else if (char === '{') {
      depth++
    } else if (char === '}') {
      depth--
      if (depth === 0) {
        return i
      }
    }
  }
  return -1
}

function tryParse(slice: string): unknown {
  try {
    return JSON.parse(slice)
  } catch {
    return undefined
  }
}
