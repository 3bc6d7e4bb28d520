import type { CreateLeadInput, CursorPage, Lead } from '@aura-kit/client'
import type { InfiniteData } from '@tanstack/react-query'
import type { LeadFilters } from './queryKeys.ts'

export const OPTIMISTIC_ID_PREFIX = 'optimistic-'

/** The row shown at the top of matching lists while the create request is under way. */
export function optimisticLead(input: CreateLeadInput, id: string, now: Date): Lead {
  const timestamp = now.toISOString()
  return {
    id,
    email: input.email,
    full_name: input.fullName ?? null,
    phone: input.phone ?? null,
    company: input.company ?? null,
    timezone: input.timezone ?? null,
    status: 'new',
    created_at: timestamp,
    updated_at: timestamp,
    notes: [],
  } as Lead
}

/**
 * Only lists that certainly contain a brand-new lead get the optimistic row: new leads have the
 * status "new" and no assignee, and their source is decided by the server.
 */
export function listAcceptsNewLead(filters: LeadFilters | undefined): boolean {
  return (
    (filters?.status === undefined || filters.status === 'new') &&
    filters?.source === undefined &&
    filters?.assignedToId === undefined
  )
}

type LeadPages = InfiniteData<CursorPage<Lead>>

export function prependRow(data: LeadPages, lead: Lead): LeadPages {
  const [first, ...rest] = data.pages
  if (!first) {
    return data
  }
  return { ...data, pages: [{ ...first, data: [lead, ...first.data] }, ...rest] }
}

export function mapRows(data: LeadPages, map: (lead: Lead) => Lead | null): LeadPages {
  return {
    ...data,
    pages: data.pages.map((page) => ({
      ...page,
      data: page.data.flatMap((lead) => {
        const next = map(lead)
        return next ? [next] : []
      }),
    })),
  }
}
