import assert from 'node:assert/strict'
import { test } from 'node:test'
import { generateLeads } from './generateLeads.ts'

test('the same seed gives the same leads, another seed different ones', () => {
  assert.deepEqual(generateLeads(50, 7), generateLeads(50, 7))
  assert.notDeepEqual(generateLeads(50, 7), generateLeads(50, 8))
})

test('every lead fills the ten benchmarked fields', () => {
  const leads = generateLeads(200)
  assert.equal(leads.length, 200)
  assert.equal(new Set(leads.map((lead) => lead.id)).size, 200)
  for (const lead of leads) {
    assert.match(lead.email ?? '', /^[a-z.]+\d+@[a-z]+\.example$/)
    assert.ok(lead.full_name && lead.company && lead.phone && lead.status && lead.timezone)
    assert.ok(lead.source?.utm_source)
    assert.ok(!Number.isNaN(Date.parse(lead.created_at ?? '')))
    assert.equal(typeof lead.total_paid_cents, 'number')
    assert.equal(typeof lead.payment_count, 'number')
  }
})
