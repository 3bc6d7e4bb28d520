'use client'
import { forwardRef, type HTMLAttributes, useState } from 'react'
import { useComposedRefs } from '../kit/compose.ts'
import { KitProvider, useKit, useResolvedKit } from '../kit/KitContext.tsx'
import { type KitSettings, splitKitSettings } from '../kit/kitSettings.ts'
import { appearanceStyle } from './appearance.ts'

/** The kit's root element, where popovers and menus mount (never bare in the host's body). */
export function usePortalContainer(): HTMLElement | null {
  return useKit().portalContainer
}

export interface AuraRootProps extends HTMLAttributes<HTMLDivElement>, KitSettings {}

/**
 * The element every kit component renders inside: it scopes the kit's CSS, carries the theme
 * (`data-theme` and `--aura-*` variables, inherited from an enclosing kit when not given) and
 * hands the kit settings, with its own overrides, to everything under it.
 */
export const AuraRoot = forwardRef<HTMLDivElement, AuraRootProps>(
  function AuraRoot(props, forwardedRef) {
    const [settings, { className, style, children, ...rest }] = splitKitSettings(props)
    const [element, setElement] = useState<HTMLDivElement | null>(null)
    const ref = useComposedRefs(forwardedRef, setElement)
    const kit = useResolvedKit(settings, element)
    return (
      <div
        {...rest}
        ref={ref}
        className={className ? `aura-root ${className}` : 'aura-root'}
        data-theme={kit.appearance?.theme === 'dark' ? 'dark' : 'light'}
        lang={kit.messages.language ?? 'en'}
        style={{ ...appearanceStyle(kit.appearance?.variables), ...style }}
      >
        <KitProvider value={kit}>{children}</KitProvider>
      </div>
    )
  },
)
