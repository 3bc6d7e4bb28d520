import type * as v from 'valibot'
import { octanistLeadShape } from './octanist-lead.ts'
import * as s from './shape.ts'
import { flag, text } from './shape.ts'
import { toValibot } from './toValibot.ts'

/** `{ success: true, data: T }` (Aura, one object). */
// @__NO_SIDE_EFFECTS__
export function auraItemShape<TItem extends s.Shape>(item: TItem) {
  return s.looseObject({ success: flag, data: item })
}

/** `{ success: true, data: T[], pagination: { has_more, next_cursor } }` (Aura lists). */
// @__NO_SIDE_EFFECTS__
export function auraListShape<TItem extends s.Shape>(item: TItem) {
  return s.looseObject({
    success: flag,
    data: s.array(item),
    pagination: s.looseObject({ has_more: s.boolean(), next_cursor: text }),
  })
}

/** `{ success: true, data: T[], meta: { pagination, requestId, timestamp } }` (Octanist lists). */
// @__NO_SIDE_EFFECTS__
export function octanistListShape<TItem extends s.Shape>(item: TItem) {
  return s.looseObject({
    success: flag,
    data: s.array(item),
    meta: s.looseObject({
      pagination: s.looseObject({
        limit: s.number(),
        page: s.number(),
        totalPages: s.number(),
        total: s.number(),
        hasMore: s.boolean(),
      }),
      requestId: text,
      timestamp: text,
    }),
  })
}

/** `{ success: false, error: "message", code, requestId }` */
export const auraErrorShape = s.looseObject({
  success: s.optional(s.literal(false)),
  error: s.string(),
  code: text,
  requestId: text,
})

/** `{ success: false, error: { code, message, details }, meta: { requestId, timestamp } }` */
export const octanistErrorShape = s.looseObject({
  success: s.optional(s.literal(false)),
  error: s.looseObject({ code: text, message: text, details: s.optional(s.unknown()) }),
  meta: s.nullish(s.looseObject({ requestId: text, timestamp: text })),
})

// The same envelopes as valibot schemas, for apps that validate with valibot themselves.

export function auraItemEnvelope<TItem extends v.GenericSchema>(item: TItem) {
  return toValibot(auraItemShape(item))
}

export function auraListEnvelope<TItem extends v.GenericSchema>(item: TItem) {
  return toValibot(auraListShape(item))
}

export function octanistListEnvelope<TItem extends v.GenericSchema>(item: TItem) {
  return toValibot(octanistListShape(item))
}

export const octanistListEnvelopeSchema = /* @__PURE__ */ toValibot(
  octanistListShape(octanistLeadShape),
)
export const auraErrorEnvelopeSchema = /* @__PURE__ */ toValibot(auraErrorShape)
export const octanistErrorEnvelopeSchema = /* @__PURE__ */ toValibot(octanistErrorShape)
