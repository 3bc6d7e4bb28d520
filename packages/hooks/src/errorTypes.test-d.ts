import type { AuraKitError } from '@aura-kit/client'
import type { useCall, useCreateLead, useLeads } from '@aura-kit/hooks'
import {
  type Register,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useSuspenseQuery,
} from '@tanstack/react-query'
import { describe, expectTypeOf, it } from 'vitest'

// A host app's own hooks, in the same program as the kit.
const useHostUser = () => useQuery({ queryKey: ['host', 'user'], queryFn: async () => ({ id: 1 }) })
const useHostTeam = () =>
  useSuspenseQuery({ queryKey: ['host', 'team'], queryFn: async () => 'team' })
const useHostFeed = () =>
  useInfiniteQuery({
    queryKey: ['host', 'feed'],
    queryFn: async ({ pageParam }) => ({ items: [pageParam], next: pageParam + 1 }),
    initialPageParam: 0,
    getNextPageParam: (last) => last.next,
  })
const useHostSave = () => useMutation({ mutationFn: async (name: string) => name.length })

type ErrorOf<THook extends (...args: never[]) => { error: unknown }> = ReturnType<THook>['error']

// `AuraKitError` carries `isAuraKitError`, so it is a type of its own: `Error | null` and
// `AuraKitError | null` below cannot be confused, and a global augmentation would show in both.
describe('a host that imports @aura-kit/hooks', () => {
  it("leaves react-query's Register alone", () => {
    expectTypeOf<keyof Register>().toEqualTypeOf<never>()
  })

  it("keeps TanStack's default error type on its own queries and mutations", () => {
    expectTypeOf<Error>().not.toEqualTypeOf<AuraKitError>()
    expectTypeOf<ErrorOf<typeof useHostUser>>().toEqualTypeOf<Error | null>()
    expectTypeOf<ErrorOf<typeof useHostTeam>>().toEqualTypeOf<Error | null>()
    expectTypeOf<ErrorOf<typeof useHostFeed>>().toEqualTypeOf<Error | null>()
    expectTypeOf<ErrorOf<typeof useHostSave>>().toEqualTypeOf<Error | null>()
  })

  it('gets the kit hooks typed as AuraKitError beside them', () => {
    expectTypeOf<ErrorOf<typeof useLeads>>().toEqualTypeOf<AuraKitError | null>()
    expectTypeOf<ErrorOf<typeof useCall>>().toEqualTypeOf<AuraKitError | null>()
    expectTypeOf<ErrorOf<typeof useCreateLead>>().toEqualTypeOf<AuraKitError | null>()
  })
})
