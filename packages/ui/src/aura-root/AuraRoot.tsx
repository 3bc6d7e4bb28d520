'use client'
import {
  createContext,
  forwardRef,
  type HTMLAttributes,
  useCallback,
  useContext,
  useState,
} from 'react'
import { type Appearance, appearanceStyle } from './appearance.ts'

const PortalContainerContext = createContext<HTMLElement | null>(null)

/** The kit's root element, where popovers and menus mount (never bare in the host's body). */
export function usePortalContainer(): HTMLElement | null {
  return useContext(PortalContainerContext)
}

export interface AuraRootProps extends HTMLAttributes<HTMLDivElement> {
  appearance?: Appearance | undefined
}

/** Carries the theme variables and `data-theme`; every table renders inside one. */
export const AuraRoot = forwardRef<HTMLDivElement, AuraRootProps>(function AuraRoot(
  { appearance, className, style, children, ...rest },
  forwardedRef,
) {
  const [element, setElement] = useState<HTMLDivElement | null>(null)
  const ref = useCallback(
    (node: HTMLDivElement | null) => {
      setElement(node)
      if (typeof forwardedRef === 'function') {
        forwardedRef(node)
      } else if (forwardedRef) {
        forwardedRef.current = node
      }
    },
    [forwardedRef],
  )
  return (
    <div
      {...rest}
      ref={ref}
      className={className ? `aura-root ${className}` : 'aura-root'}
      data-theme={appearance?.theme === 'dark' ? 'dark' : 'light'}
      style={{ ...appearanceStyle(appearance?.variables), ...style }}
    >
      <PortalContainerContext.Provider value={element}>{children}</PortalContainerContext.Provider>
    </div>
  )
})
