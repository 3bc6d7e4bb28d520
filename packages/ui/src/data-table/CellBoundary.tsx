import { Component, type ReactNode } from 'react'
import { EMPTY_VALUE } from '../utils/formatters.ts'

interface CellBoundaryState {
  failed: boolean
}

/** One odd record or a throwing custom renderer blanks its cell, not the whole table. */
export class CellBoundary extends Component<
  { children: ReactNode; fallback?: ReactNode },
  CellBoundaryState
> {
  override state: CellBoundaryState = { failed: false }

  static getDerivedStateFromError(): CellBoundaryState {
    return { failed: true }
  }

  override render() {
    return this.state.failed ? (this.props.fallback ?? EMPTY_VALUE) : this.props.children
  }
}
