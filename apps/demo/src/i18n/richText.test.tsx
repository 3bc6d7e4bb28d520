import type { ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { expect, test } from 'vitest'
import { richText } from './richText.tsx'

const html = (node: ReactNode) => renderToStaticMarkup(<p>{node}</p>)

test('puts each element where the message puts its value', () => {
  const help = (a: string, b: string) => `Sent as ${a} (and ${b}).`
  expect(html(richText(help, <code key="a">A</code>, <code key="b">B</code>))).toBe(
    '<p>Sent as <code>A</code> (and <code>B</code>).</p>',
  )
  const reordered = (a: string, b: string) => `${b} und ${a}`
  expect(html(richText(reordered, <b key="a">A</b>, <i key="b">B</i>))).toBe(
    '<p><i>B</i> und <b>A</b></p>',
  )
})

test('a message without the value is shown as it is', () => {
  expect(html(richText(() => 'Nothing here', <b key="a">A</b>))).toBe('<p>Nothing here</p>')
})
