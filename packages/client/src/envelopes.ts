import * as v from 'valibot'
import { octanistLeadSchema } from './octanist-lead.ts'

const text = v.nullish(v.string())
const successFlag = v.nullish(v.boolean())

/** `{ success: true, data: T }` (Aura, one object). */
export function auraItemEnvelope<TItem extends v.GenericSchema>(item: TItem) {
  return v.looseObject({ success: successFlag, data: item })
}

/** `{ success: true, data: T[], pagination: { has_more, next_cursor } }` (Aura lists). */
export function auraListEnvelope<TItem extends v.GenericSchema>(item: TItem) {
  return v.looseObject({
    success: successFlag,
    data: v.array(item),
    pagination: v.looseObject({ has_more: v.boolean(), next_cursor: text }),
  })
}

/** `{ success: true, data: T[], meta: { pagination, requestId, timestamp } }` (Octanist lists). */
export function octanistListEnvelope<TItem extends v.GenericSchema>(item: TItem) {
  return v.looseObject({
    success: successFlag,
    data: v.array(item),
    meta: v.looseObject({
      pagination: v.looseObject({
        limit: v.number(),
        page: v.number(),
        totalPages: v.number(),
        total: v.number(),
        hasMore: v.boolean(),
      }),
      requestId: text,
      timestamp: text,
    }),
  })
}

export const octanistListEnvelopeSchema = octanistListEnvelope(octanistLeadSchema)

/** `{ success: false, error: "message", code, requestId }` */
export const auraErrorEnvelopeSchema = v.looseObject({
  success: v.optional(v.literal(false)),
  error: v.string(),
  code: text,
  requestId: text,
})

/** `{ success: false, error: { code, message, details }, meta: { requestId, timestamp } }` */
export const octanistErrorEnvelopeSchema = v.looseObject({
  success: v.optional(v.literal(false)),
  error: v.looseObject({ code: text, message: text, details: v.optional(v.unknown()) }),
  meta: v.nullish(v.looseObject({ requestId: text, timestamp: text })),
})
