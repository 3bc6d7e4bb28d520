'use client'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useAuraKit } from './AuraKitProvider.tsx'

/** One call: seeded from any cached list (an instant panel), then refreshed in the background. */
export function useCall(id: string) {
  const { queries } = useAuraKit()
  return useQuery(queries.calls.detail(id, useQueryClient()))
}
