import * as s from './shape.ts'
import { flag, text } from './shape.ts'
import { toValibot } from './toValibot.ts'

/** Documented Octanist lead statuses (validated in filters). */
export const OCTANIST_LEAD_STATUSES = ['open', 'qualified', 'won', 'lost'] as const
export type OctanistLeadStatus = (typeof OCTANIST_LEAD_STATUSES)[number]

/** Documented Octanist lead sources (validated in filters). */
export const OCTANIST_LEAD_SOURCES = [
  'inbound',
  'gtm',
  'api',
  'manual',
  'wordpress',
  'import',
] as const
export type OctanistLeadSource = (typeof OCTANIST_LEAD_SOURCES)[number]

/** Platform click ids: each filters by equality or `[exists]`. */
export const OCTANIST_CLICK_ID_FIELDS = [
  'gclid',
  'dclid',
  'wbraid',
  'gbraid',
  'ga4cid',
  'ga4sid',
  'fbc',
  'fbp',
  'msclkid',
  'ttclid',
  'twclid',
  'rdt_cid',
  'sccid',
  'epik',
  'li_fat_id',
] as const
export type OctanistClickIdField = (typeof OCTANIST_CLICK_ID_FIELDS)[number]

export const OCTANIST_SORT_FIELDS = [
  'createdAt',
  'updatedAt',
  'qualifiedAt',
  'value',
  'name',
  'email',
  'status',
] as const
export type OctanistSortField = (typeof OCTANIST_SORT_FIELDS)[number]

/**
 * Field names `fields=` accepts. The docs also mention Google Ads campaign / ad group / ad ids
 * and names without naming the keys, so those are not listed (they still arrive as unknown keys).
 */
export const OCTANIST_LEAD_FIELDS = [
  'id',
  'name',
  'email',
  'phone',
  'status',
  'value',
  'note',
  'custom',
  'lossReason',
  'conversionName',
  'source',
  'website',
  'path',
  ...OCTANIST_CLICK_ID_FIELDS,
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'ad_storage',
  'ad_user_data',
  'analytics_storage',
  'ad_personalization',
  'labelId',
  'createdAt',
  'updatedAt',
  'qualifiedAt',
  'expiresAt',
] as const
export type OctanistLeadField = (typeof OCTANIST_LEAD_FIELDS)[number]

export const octanistLeadShape = s.looseObject({
  id: s.string(),
  name: text,
  email: text,
  phone: text,
  /** Usually one of OCTANIST_LEAD_STATUSES; kept a plain string so new values parse. */
  status: text,
  value: s.nullish(s.number()),
  note: text,
  /** A JSON document encoded as a string. */
  custom: text,
  lossReason: text,
  conversionName: text,
  /** Usually one of OCTANIST_LEAD_SOURCES. */
  source: text,
  website: text,
  path: text,
  gclid: text,
  dclid: text,
  wbraid: text,
  gbraid: text,
  ga4cid: text,
  ga4sid: text,
  fbc: text,
  fbp: text,
  msclkid: text,
  ttclid: text,
  twclid: text,
  rdt_cid: text,
  sccid: text,
  epik: text,
  li_fat_id: text,
  utm_source: text,
  utm_medium: text,
  utm_campaign: text,
  ad_storage: flag,
  ad_user_data: flag,
  analytics_storage: flag,
  ad_personalization: flag,
  labelId: text,
  createdAt: text,
  updatedAt: text,
  qualifiedAt: text,
  expiresAt: text,
})
export type OctanistLead = s.InferShape<typeof octanistLeadShape>

/** The same shape as a valibot schema, for apps that validate with valibot themselves. */
export const octanistLeadSchema = /* @__PURE__ */ toValibot(octanistLeadShape)
