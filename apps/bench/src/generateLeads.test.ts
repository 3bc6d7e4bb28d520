import { expect, test } from 'vitest'
import { generateLeads } from './generateLeads.ts'

test('the same seed gives the same leads, another seed different ones', () => {
  expect(generateLeads(50, 7)).toEqual(generateLeads(50, 7))
  expect(generateLeads(50, 7)).not.toEqual(generateLeads(50, 8))
})

test('every lead fills the ten benchmarked fields', () => {
  const leads = generateLeads(200)
  expect(leads).toHaveLength(200)
  expect(new Set(leads.map((lead) => lead.id)).size).toBe(200)
  for (const lead of leads) {
    expect(lead.email).toMatch(/^[a-z.]+\d+@[a-z]+\.example$/)
    expect(
      lead.full_name && lead.company && lead.phone && lead.status && lead.timezone,
    ).toBeTruthy()
    expect(lead.source?.utm_source).toBeTruthy()
    expect(Date.parse(lead.created_at ?? '')).not.toBeNaN()
    expect(lead.total_paid_cents).toBeTypeOf('number')
    expect(lead.payment_count).toBeTypeOf('number')
  }
})
