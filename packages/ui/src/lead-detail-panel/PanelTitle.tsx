'use client'
import { type ComponentType, createContext, type ReactNode, useContext } from 'react'

export type PanelTitleComponent = ComponentType<{ className?: string; children?: ReactNode }>

function Heading({ className, children }: { className?: string; children?: ReactNode }) {
  return <h2 className={className}>{children}</h2>
}

// The sheet swaps in Dialog.Title so the dialog is named after the lead it shows.
const PanelTitleContext = createContext<PanelTitleComponent>(Heading)

export const PanelTitleProvider = PanelTitleContext.Provider

/** The panel's one top-level heading: an h2 inline, the dialog's title in the sheet. */
export function PanelTitle({ className, children }: { className?: string; children?: ReactNode }) {
  const Title = useContext(PanelTitleContext)
  return <Title className={className}>{children}</Title>
}
