import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { withValue } from './withValue.tsx'

const html = (node: React.ReactNode) => render(<p>{node}</p>).container.innerHTML

describe('withValue', () => {
  it('puts the node where the message puts its value', () => {
    expect(html(withValue((name) => `Created ${name}.`, <bdi>Ada</bdi>))).toBe(
      '<p>Created <bdi>Ada</bdi>.</p>',
    )
    expect(html(withValue((name) => `${name} wurde angelegt.`, <bdi>Ada</bdi>))).toBe(
      '<p><bdi>Ada</bdi> wurde angelegt.</p>',
    )
  })

  it('shows a message that leaves the value out as it is', () => {
    expect(html(withValue(() => 'Created.', <bdi>Ada</bdi>))).toBe('<p>Created.</p>')
  })
})
