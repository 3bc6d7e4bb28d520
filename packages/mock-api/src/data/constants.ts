/** Every seeded timestamp is relative to this instant, never to the wall clock. */
export const REFERENCE_DATE = '2026-06-01T00:00:00.000Z'
export const REFERENCE_TIME = Date.parse(REFERENCE_DATE)

export const DAY_MS = 86_400_000

export type ClerkRole = 'closer' | 'setter'

export interface ClerkUser {
  id: string
  name: string
  role: ClerkRole
}

/** The fixed pool of Clerk users that seeded leads and calls refer to. */
export const CLERK_USERS: readonly ClerkUser[] = [
  { id: 'user_2mQx7VfKp3LzR8', name: 'Maya Chen', role: 'closer' },
  { id: 'user_2nB4tYw9HcJd1E', name: 'Daniel Okafor', role: 'closer' },
  { id: 'user_2pL6sGe2XqVn5T', name: 'Sofia Lindqvist', role: 'closer' },
  { id: 'user_2rK8uZa4MbWf7Y', name: 'Marcus Reyes', role: 'closer' },
  { id: 'user_2sD1vNc6PgTh3A', name: 'Priya Raman', role: 'setter' },
  { id: 'user_2tF3wQd8RjYk9B', name: 'Jonas Weber', role: 'setter' },
  { id: 'user_2uH5xSf1TlZm2C', name: 'Aisha Bello', role: 'setter' },
  { id: 'user_2vJ7yUg3VnAp4D', name: 'Tom Fischer', role: 'setter' },
]

export const CLOSER_IDS: readonly string[] = CLERK_USERS.filter(
  (user) => user.role === 'closer',
).map((user) => user.id)
export const SETTER_IDS: readonly string[] = CLERK_USERS.filter(
  (user) => user.role === 'setter',
).map((user) => user.id)

export interface BookingLink {
  id: string
  name: string
}

export const BOOKING_LINKS: readonly BookingLink[] = [
  { id: '850e8400-e29b-41d4-a716-446655440003', name: 'Strategy call (45 min)' },
  { id: '3f7c1a52-8d4e-4b6a-9c21-5e0f8a7b3d14', name: 'Discovery call (30 min)' },
  { id: '7a2e9b64-1c3d-4f58-8e7a-2b6c9d0e1f25', name: 'Demo (60 min)' },
  { id: 'c4d8e2f1-5a6b-4c7d-9e8f-0a1b2c3d4e36', name: 'Enterprise consult (90 min)' },
  { id: 'e9f0a1b2-c3d4-4e5f-8a6b-7c8d9e0f1a47', name: 'Follow-up (15 min)' },
]

export const PRODUCT_IDS: readonly string[] = [
  '950e8400-e29b-41d4-a716-446655440004',
  '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d58',
  '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e69',
]

export const LEAD_STATUSES = [
  'new',
  'contacted',
  'qualified',
  'booked',
  'won',
  'lost',
  'disqualified',
] as const
export type LeadStatus = (typeof LEAD_STATUSES)[number]

export const CALL_STATUSES = [
  'scheduled',
  'completed',
  'closed',
  'no_show',
  'cancelled',
  'rescheduled',
] as const
export type CallStatus = (typeof CALL_STATUSES)[number]

export const OCTANIST_STATUSES = ['open', 'qualified', 'won', 'lost'] as const
export type OctanistStatus = (typeof OCTANIST_STATUSES)[number]

export const OCTANIST_SOURCES = ['inbound', 'gtm', 'api', 'manual', 'wordpress', 'import'] as const
export type OctanistSource = (typeof OCTANIST_SOURCES)[number]

export const OCTANIST_LABEL_IDS: readonly string[] = [
  'label_hot',
  'label_enterprise',
  'label_partner',
  'label_nurture',
  'label_retarget',
  'label_vip',
]
