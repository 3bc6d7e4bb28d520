import { fireEvent, render, screen } from '@testing-library/react'
import { createRef } from 'react'
import { describe, expect, it } from 'vitest'
import { Slot, Slottable } from './Slot.tsx'

describe('Slot', () => {
  it("renders its child with the part's props merged: the child's win, classes join, styles merge", () => {
    render(
      <Slot
        className="aura-part"
        title="part"
        data-part=""
        style={{ color: 'red', margin: 1 }}
        aria-label="Part"
      >
        <a href="/x" className="host" title="host" style={{ color: 'blue' }}>
          Open the lead
        </a>
      </Slot>,
    )
    const link = screen.getByRole('link', { name: 'Part' })
    expect(link.className).toBe('aura-part host')
    expect(link.title).toBe('host')
    expect(link.dataset.part).toBe('')
    expect(link.getAttribute('style')).toBe('color: blue; margin: 1px;')
  })

  it("runs both handlers, the child's first, and fills both refs", () => {
    const calls: string[] = []
    const partRef = createRef<HTMLElement>()
    const hostRef = createRef<HTMLButtonElement>()
    render(
      <Slot ref={partRef} onClick={() => calls.push('part')} onFocus={() => calls.push('focus')}>
        <button type="button" ref={hostRef} onClick={() => calls.push('host')}>
          Go
        </button>
      </Slot>,
    )
    const button = screen.getByRole('button', { name: 'Go' })
    fireEvent.click(button)
    fireEvent.focus(button)
    expect(calls).toEqual(['host', 'part', 'focus'])
    expect(partRef.current).toBe(button)
    expect(hostRef.current).toBe(button)
  })

  it("puts the part's other children inside the element a Slottable marks", () => {
    render(
      <Slot className="aura-field">
        <label htmlFor="q">Search</label>
        <Slottable>
          <li data-host="" />
        </Slottable>
        <input id="q" />
      </Slot>,
    )
    const item = screen.getByRole('listitem')
    expect(item.className).toBe('aura-field')
    expect(item.dataset.host).toBe('')
    expect([...item.children].map((child) => child.tagName)).toEqual(['LABEL', 'INPUT'])
    expect(screen.getByRole('textbox', { name: 'Search' }).parentElement).toBe(item)
  })

  it('renders nothing without an element', () => {
    const { container } = render(<Slot className="x">text</Slot>)
    expect(container.innerHTML).toBe('')
  })
})
