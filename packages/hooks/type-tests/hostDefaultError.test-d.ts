import type { AuraClient, AuraKitError } from '@aura-kit/client'
import {
  createAuraQueries,
  type useCall,
  type useCalls,
  type useCreateLead,
  type useLead,
  type useLeads,
  type useOctanistLeads,
} from '@aura-kit/hooks'
import {
  QueryClient,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useSuspenseQuery,
} from '@tanstack/react-query'
import { describe, expectTypeOf, it } from 'vitest'

// A host app that registers its own error type for its own queries, as TanStack documents. This
// file is a program of its own (tsconfig.types.json at the root), because the augmentation below
// reaches every file of its program. Were the kit to register one too, this would not compile
// (TS2717), and the host's queries would take the kit's type.
class HostError extends Error {
  readonly status: number
  constructor(message: string, status: number) {
    super(message)
    this.status = status
  }
}

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: HostError
  }
}

declare const client: AuraClient
const queries = createAuraQueries({ client })

const useHostUser = () => useQuery({ queryKey: ['host', 'user'], queryFn: async () => ({ id: 1 }) })
const useHostSave = () => useMutation({ mutationFn: async (name: string) => name.length })
// The kit's option factories under the host's own hooks (route loaders, suspense).
const useLeadsRoute = () => useInfiniteQuery(queries.leads.list())
const useCallsRoute = () => useInfiniteQuery(queries.calls.list())
const useOctanistRoute = () => useInfiniteQuery(queries.octanistLeads.list())
const useLeadRoute = () => useSuspenseQuery(queries.leads.detail('lead-1'))
const useCallRoute = () => useQuery(queries.calls.detail('call-1'))

type ErrorOf<THook extends (...args: never[]) => { error: unknown }> = ReturnType<THook>['error']

describe('a host that registers its own defaultError', () => {
  it('keeps its error type on its own queries and mutations', () => {
    expectTypeOf<ErrorOf<typeof useHostUser>>().toEqualTypeOf<HostError | null>()
    expectTypeOf<ErrorOf<typeof useHostSave>>().toEqualTypeOf<HostError | null>()
  })

  // A kit hook that left its error type to react-query would report HostError here.
  it("gets AuraKitError from every kit hook, whatever the host's default", () => {
    expectTypeOf<ErrorOf<typeof useLeads>>().toEqualTypeOf<AuraKitError | null>()
    expectTypeOf<ErrorOf<typeof useCalls>>().toEqualTypeOf<AuraKitError | null>()
    expectTypeOf<ErrorOf<typeof useOctanistLeads>>().toEqualTypeOf<AuraKitError | null>()
    expectTypeOf<ErrorOf<typeof useLead>>().toEqualTypeOf<AuraKitError | null>()
    expectTypeOf<ErrorOf<typeof useCall>>().toEqualTypeOf<AuraKitError | null>()
    expectTypeOf<ErrorOf<typeof useCreateLead>>().toEqualTypeOf<AuraKitError | null>()
  })

  it("gets AuraKitError from the kit's query options under the host's own hooks", () => {
    expectTypeOf<ErrorOf<typeof useLeadsRoute>>().toEqualTypeOf<AuraKitError | null>()
    expectTypeOf<ErrorOf<typeof useCallsRoute>>().toEqualTypeOf<AuraKitError | null>()
    expectTypeOf<ErrorOf<typeof useOctanistRoute>>().toEqualTypeOf<AuraKitError | null>()
    expectTypeOf<ErrorOf<typeof useLeadRoute>>().toEqualTypeOf<AuraKitError | null>()
    expectTypeOf<ErrorOf<typeof useCallRoute>>().toEqualTypeOf<AuraKitError | null>()
    const state = new QueryClient().getQueryState(queries.leads.list().queryKey)
    expectTypeOf(state?.error).toEqualTypeOf<AuraKitError | null | undefined>()
  })
})
