'use client'
import {
  type AuraKitError,
  type CreateLeadInput,
  type CursorPage,
  type Lead,
  validateCreateLeadInput,
} from '@aura-kit/client'
import { type InfiniteData, useMutation, useQueryClient } from '@tanstack/react-query'
import { useId, useRef } from 'react'
import { useAuraKit } from './AuraKitProvider.tsx'
import {
  listAcceptsNewLead,
  mapRows,
  OPTIMISTIC_ID_PREFIX,
  optimisticLead,
  prependRow,
} from './optimisticLead.ts'
import { type LeadFilters, leadKeys } from './queryKeys.ts'

type LeadPages = InfiniteData<CursorPage<Lead>>

/**
 * Creates a lead. The client validates the input before anything is sent; a valid lead appears
 * at the top of every matching cached list at once and is rolled back if the request fails. The
 * caller's input object is never changed, so a form keeps what the user typed.
 */
export function useCreateLead() {
  const { client, queries } = useAuraKit()
  const queryClient = useQueryClient()
  const hookId = useId()
  const counter = useRef(0)
  const listsKey = leadKeys.lists(queries.scope)

  const updateLists = (
    update: (data: LeadPages, filters: LeadFilters | undefined) => LeadPages,
  ) => {
    for (const [key, data] of queryClient.getQueriesData<LeadPages>({ queryKey: listsKey })) {
      if (data) {
        queryClient.setQueryData<LeadPages>(
          key,
          update(data, key.at(-1) as LeadFilters | undefined),
        )
      }
    }
  }

  return useMutation<Lead, AuraKitError, CreateLeadInput, { optimisticId: string } | undefined>({
    mutationFn: async (input: CreateLeadInput) => (await client.leads.create(input)).data,
    onMutate: async (input) => {
      if (validateCreateLeadInput(input).length > 0) {
        return undefined
      }
      await queryClient.cancelQueries({ queryKey: listsKey })
      counter.current += 1
      const optimisticId = `${OPTIMISTIC_ID_PREFIX}${hookId}-${counter.current}`
      const row = optimisticLead(input, optimisticId, new Date())
      updateLists((data, filters) => (listAcceptsNewLead(filters) ? prependRow(data, row) : data))
      return { optimisticId }
    },
    onError: (_error, _input, context) => {
      if (context) {
        updateLists((data) =>
          mapRows(data, (lead) => (lead.id === context.optimisticId ? null : lead)),
        )
      }
    },
    onSuccess: (created, _input, context) => {
      if (context) {
        updateLists((data) =>
          mapRows(data, (lead) => (lead.id === context.optimisticId ? created : lead)),
        )
      }
      queryClient.setQueryData(leadKeys.detail(created.id, queries.scope), created)
      // Mark the lists stale without refetching every loaded page now.
      void queryClient.invalidateQueries({ queryKey: listsKey, refetchType: 'none' })
    },
  })
}
