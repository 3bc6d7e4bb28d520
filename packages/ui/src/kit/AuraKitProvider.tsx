'use client'
import {
  AuraKitProvider as DataProvider,
  type AuraKitProviderProps as DataProviderProps,
} from '@aura-kit/hooks'
import type { ReactNode } from 'react'
import { KitProvider, useResolvedKit } from './KitContext.tsx'
import type { KitSettings } from './kitSettings.ts'

export interface AuraKitProviderProps
  extends KitSettings,
    Partial<Omit<DataProviderProps, 'children'>> {
  children?: ReactNode
}

/**
 * The one provider a host needs: the data layer (`client`, `octanistClient`, `queryClient`,
 * `scope`, `recordings`, as `@aura-kit/hooks`' provider takes them) and the settings every kit
 * component inherits (appearance, locale, time zone, currency, messages, `resolveUser`). Renders
 * no element. Without `client`, only the settings apply (components given `data` need no more).
 */
export function AuraKitProvider({
  client,
  octanistClient,
  queryClient,
  scope,
  recordings,
  children,
  ...settings
}: AuraKitProviderProps) {
  const content = <KitSettingsScope settings={settings}>{children}</KitSettingsScope>
  if (!client) {
    return content
  }
  return (
    <DataProvider
      client={client}
      {...(octanistClient ? { octanistClient } : {})}
      {...(queryClient ? { queryClient } : {})}
      {...(scope ? { scope } : {})}
      {...(recordings ? { recordings } : {})}
    >
      {content}
    </DataProvider>
  )
}

function KitSettingsScope({ settings, children }: { settings: KitSettings; children: ReactNode }) {
  const kit = useResolvedKit(settings, null)
  return <KitProvider value={kit}>{children}</KitProvider>
}
