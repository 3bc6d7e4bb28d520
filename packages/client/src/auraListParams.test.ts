import { describe, expect, it } from 'vitest'
import {
  buildCallListQuery,
  buildLeadListQuery,
  validateCallListParams,
  validateLeadListParams,
} from './auraListParams.ts'

const UUID = '650e8400-e29b-41d4-a716-446655440001'

describe('buildLeadListQuery', () => {
  it.each([
    [{ limit: 25 }, 'limit=25'],
    [{ cursor: 'eyJpZCI6IjQ1NiJ9' }, 'cursor=eyJpZCI6IjQ1NiJ9'],
    [{ status: 'new' }, 'status=new'],
    [{ source: 'facebook ads' }, 'source=facebook+ads'],
    [{ assignedToId: 'user_2abc123xyz' }, 'assigned_to_id=user_2abc123xyz'],
    [{}, ''],
    [{ limit: null, cursor: null, status: undefined }, ''],
  ])('%j → %s', (params, expected) => {
    expect(buildLeadListQuery(params).toString()).toBe(expected)
  })

  it('keeps a stable order', () => {
    const query = buildLeadListQuery({
      assignedToId: 'user_a1',
      source: 'ads',
      status: 'won',
      cursor: 'c',
      limit: 10,
    })
    expect([...query.keys()]).toEqual(['limit', 'cursor', 'status', 'source', 'assigned_to_id'])
  })
})

describe('buildCallListQuery', () => {
  it.each([
    [{ limit: 100 }, 'limit=100'],
    [{ cursor: 'abc' }, 'cursor=abc'],
    [{ status: 'closed' }, 'status=closed'],
    [{ leadId: UUID }, `lead_id=${UUID}`],
    [{ closerId: 'user_2abc123xyz' }, 'closer_id=user_2abc123xyz'],
    [{ setterId: 'user_2def456uvw' }, 'setter_id=user_2def456uvw'],
    [{ bookingLinkId: UUID }, `booking_link_id=${UUID}`],
    [{ isUpcoming: true }, 'is_upcoming=true'],
    [{ isUpcoming: false }, 'is_upcoming=false'],
    [{ isUpcoming: null, leadId: undefined }, ''],
  ])('%j → %s', (params, expected) => {
    expect(buildCallListQuery(params).toString()).toBe(expected)
  })
})

describe('validateLeadListParams', () => {
  it('accepts valid params', () => {
    expect(
      validateLeadListParams({ limit: 1, assignedToId: 'user_ABC123', status: 'x', source: 'y' }),
    ).toEqual([])
    expect(validateLeadListParams({ limit: 100 })).toEqual([])
  })

  it.each([
    [{ limit: 0 }, 'limit'],
    [{ limit: 101 }, 'limit'],
    [{ limit: 2.5 }, 'limit'],
    [{ limit: Number.NaN }, 'limit'],
    [{ assignedToId: 'usr_123' }, 'assignedToId'],
    [{ assignedToId: 'user_' }, 'assignedToId'],
    [{ assignedToId: 'user_12-3' }, 'assignedToId'],
  ])('%j fails on %s', (params, field) => {
    expect(validateLeadListParams(params).map((issue) => issue.field)).toEqual([field])
  })
})

describe('validateCallListParams', () => {
  it('accepts valid params', () => {
    expect(
      validateCallListParams({
        limit: 50,
        leadId: UUID,
        bookingLinkId: UUID.toUpperCase(),
        closerId: 'user_a',
        setterId: 'user_b',
        isUpcoming: false,
      }),
    ).toEqual([])
  })

  it.each([
    [{ limit: 500 }, 'limit'],
    [{ leadId: '650e8400' }, 'leadId'],
    [{ bookingLinkId: 'not-a-uuid' }, 'bookingLinkId'],
    [{ closerId: 'user 1' }, 'closerId'],
    [{ setterId: 'setter_1' }, 'setterId'],
  ])('%j fails on %s', (params, field) => {
    expect(validateCallListParams(params).map((issue) => issue.field)).toEqual([field])
  })
})
