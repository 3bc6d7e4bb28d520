import { createMockApi } from '@aura-kit/mock-api'
import { expect, test } from 'vitest'
import { MOCK_USERS, resolveMockUser } from './mockPeople.ts'

test("every person the mock's seeded leads and calls name has a name", () => {
  const { db } = createMockApi({ counts: { leads: 300, calls: 300, octanistLeads: 0 } })
  const ids = new Set(
    [
      ...db.leads.map((lead) => lead.assigned_to_id),
      ...db.calls.flatMap((call) => [call.closer_id, call.setter_id]),
    ].filter((id): id is string => typeof id === 'string'),
  )
  expect(ids.size).toBeGreaterThan(1)
  for (const id of ids) {
    expect(resolveMockUser(id)?.name, id).toMatch(/^\p{L}+ \p{L}+$/u)
  }
  expect(MOCK_USERS.map((user) => user.id).sort()).toEqual([...ids].sort())
})

test('an id the mock does not know resolves to nothing', () => {
  expect(resolveMockUser('user_unknown')).toBeNull()
})
