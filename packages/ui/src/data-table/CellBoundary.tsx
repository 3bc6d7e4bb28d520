import { Component, type ReactNode } from 'react'
import { EMPTY_VALUE } from '../utils/formatters.ts'

interface CellBoundaryProps {
  children: ReactNode
  fallback?: ReactNode
  /** The record the cell shows: a cell reused for another record tries again. */
  resetKey?: string | undefined
}

interface CellBoundaryState {
  failed: boolean
  resetKey: string | undefined
}

/** One odd record or a throwing custom renderer blanks its cell, not the whole table. */
export class CellBoundary extends Component<CellBoundaryProps, CellBoundaryState> {
  override state: CellBoundaryState = { failed: false, resetKey: this.props.resetKey }

  static getDerivedStateFromError(): Partial<CellBoundaryState> {
    return { failed: true }
  }

  static getDerivedStateFromProps(
    props: CellBoundaryProps,
    state: CellBoundaryState,
  ): Partial<CellBoundaryState> | null {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey }
  }

  override render() {
    return this.state.failed ? (this.props.fallback ?? EMPTY_VALUE) : this.props.children
  }
}
