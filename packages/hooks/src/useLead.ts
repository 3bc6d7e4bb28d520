'use client'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useAuraKit } from './AuraKitProvider.tsx'

/** One lead: seeded from any cached list (an instant panel), then refreshed in the background. */
export function useLead(id: string) {
  const { queries } = useAuraKit()
  return useQuery(queries.leads.detail(id, useQueryClient()))
}
