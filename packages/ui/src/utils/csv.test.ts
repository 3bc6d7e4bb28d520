import { describe, expect, it } from 'vitest'
import { csvHeaderLine, csvRowLines, escapeCsvField } from './csv.ts'

describe('escapeCsvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line1\nline2', '"line1\nline2"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1 555', "'+1 555"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['=HYPERLINK("x","y"),z', `"'=HYPERLINK(""x"",""y""),z"`],
  ])('escapes %j', (input, expected) => {
    expect(escapeCsvField(input)).toBe(expected)
  })

  it('writes empty fields for null and undefined, and stringifies other values', () => {
    expect(escapeCsvField(null)).toBe('')
    expect(escapeCsvField(undefined)).toBe('')
    expect(escapeCsvField(12.5)).toBe('12.5')
    expect(escapeCsvField(-3)).toBe("'-3")
    expect(escapeCsvField(true)).toBe('true')
    expect(escapeCsvField({ a: 1 })).toBe('"{""a"":1}"')
  })
})

describe('csv lines', () => {
  it('joins headers and rows with CRLF and survives a throwing accessor', () => {
    const columns = [
      { header: 'Name', value: (row: { name: string }) => row.name },
      {
        header: 'Broken',
        value: () => {
          throw new Error('nope')
        },
      },
    ]
    expect(csvHeaderLine(columns) + csvRowLines(columns, [{ name: 'Ada, L' }])).toBe(
      'Name,Broken\r\n"Ada, L",\r\n',
    )
  })
})
