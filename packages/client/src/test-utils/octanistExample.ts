// The Octanist page has no JSON example; this one is built from every field that
// /work/shared/api/README.md lists for the lead object and the two envelopes.

export const octanistLeadExample = {
  id: 'lead_8f14e45f',
  name: 'Jane Roe',
  email: 'jane@example.com',
  phone: '+31612345678',
  status: 'qualified',
  value: 2500,
  note: 'Asked for a demo',
  custom: '{"plan":"pro"}',
  lossReason: null,
  conversionName: 'demo_request',
  source: 'gtm',
  website: 'https://example.com',
  path: '/pricing',
  gclid: 'Cj0KCQ',
  dclid: null,
  wbraid: null,
  gbraid: null,
  ga4cid: '123.456',
  ga4sid: '789',
  fbc: 'fb.1.1554763741205.AbCdEf',
  fbp: 'fb.1.1596403881668.1116446470',
  msclkid: null,
  ttclid: null,
  twclid: null,
  rdt_cid: null,
  sccid: null,
  epik: null,
  li_fat_id: null,
  utm_source: 'google',
  utm_medium: 'cpc',
  utm_campaign: 'spring',
  ad_storage: true,
  ad_user_data: true,
  analytics_storage: false,
  ad_personalization: false,
  googleAdsCampaignId: '1234567890',
  googleAdsCampaignName: 'Spring',
  labelId: 'label_1',
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-02T10:00:00.000Z',
  qualifiedAt: '2026-03-02T09:00:00.000Z',
  expiresAt: null,
}

export const octanistListExample = {
  success: true,
  data: [octanistLeadExample],
  meta: {
    pagination: { limit: 50, page: 1, totalPages: 1, total: 1, hasMore: false },
    requestId: 'req_oct_1',
    timestamp: '2026-03-02T10:00:01.000Z',
  },
}

export const octanistErrorExample = {
  success: false,
  error: {
    code: 'INVALID_FILTER',
    message: 'Unknown filter field: colour',
    details: { field: 'colour' },
  },
  meta: { requestId: 'req_oct_2', timestamp: '2026-03-02T10:00:02.000Z' },
}
