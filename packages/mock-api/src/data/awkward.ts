import { createRandom, deriveSeed, type Random } from './random.ts'

/** Which record shape `makeAwkward` rewrites. */
export type AwkwardKind = 'lead' | 'call' | 'octanistLead'

/** A record after `makeAwkward`: still an object with a string `id`, anything else may be odd. */
export interface AwkwardRecord {
  id: string
  [key: string]: unknown
}

type Json = Record<string, unknown>

/** What awkward timestamps look like: legal JSON strings that are not dates. */
export const AWKWARD_TIMESTAMPS: readonly string[] = [
  'string',
  '',
  'not a date',
  '0000-00-00 00:00:00',
]

/** Right-to-left snippets (Arabic, Hebrew, Persian), some with an RLM mark inside. */
export const AWKWARD_RTL_TEXTS: readonly string[] = [
  'مرحبا، هذا عميل جديد',
  'שלום, לקוח חדש מהאתר',
  'پیگیری تماس با مشتری',
  'ملاحظة: اتصل مرة أخرى \u200F#42',
]

const LONG_WORD = 'Pneumonoultramicroscopicsilicovolcanoconiosis'

/** Names of the unknown keys added to objects (besides the deep `x_debug` tree). */
export const AWKWARD_UNKNOWN_KEYS: readonly string[] = [
  'property1',
  'property2',
  'x_internal',
  'legacy_field',
  '__typename',
  'tags',
]

/**
 * Rewrites one record (as a response would carry it) into awkward but legal JSON: `null` items in
 * arrays, wrong types in nested objects, timestamps that are not dates, unknown keys at every level
 * (some deeply nested), right-to-left text and very long strings. The `id` is kept, no key is
 * dropped, and transcript segments are only added to, never removed. A pure function of the
 * record, `kind` and `seed` (the choices are drawn per record id), so tests can predict it; the
 * input is not modified.
 */
export function makeAwkward(record: { id: string }, kind: AwkwardKind, seed = 42): AwkwardRecord {
  const random = createRandom(deriveSeed(seed, `awkward:${kind}:${record.id}`))
  const out = JSON.parse(JSON.stringify(record)) as AwkwardRecord
  switch (kind) {
    case 'lead':
      awkwardLead(out, random)
      break
    case 'call':
      awkwardCall(out, random)
      break
    case 'octanistLead':
      awkwardOctanistLead(out, random)
      break
  }
  out.id = record.id
  return out
}

function awkwardLead(lead: Json, random: Random): void {
  addUnknownKeys(lead, random, true)
  if (random.chance(0.35)) {
    lead.full_name = withRtl(lead.full_name, random)
  }
  if (random.chance(0.25)) {
    lead.company = withLongText(lead.company, random)
  }
  const source = lead.source
  if (isObject(source) && !random.chance(0.15)) {
    addUnknownKeys(source, random, false)
  } else if (source === null || isObject(source)) {
    lead.source = 42
  }
  const metadata = lead.metadata
  if (isObject(metadata)) {
    addUnknownKeys(metadata, random, true)
    if (random.chance(0.25)) {
      // The whole object as a JSON string: a wrong type that still carries the data.
      lead.metadata = JSON.stringify(metadata)
    } else {
      if (random.chance(0.5)) {
        metadata.latitude = 'north'
      }
      if (typeof metadata.screenWidth === 'number' && random.chance(0.3)) {
        metadata.screenWidth = String(metadata.screenWidth)
      }
      if (random.chance(0.3)) {
        metadata.dataConsentAcceptedAt = awkwardTimestamp(random)
      }
    }
  } else if (metadata === null && random.chance(0.5)) {
    lead.metadata = 'string'
  }
  lead.notes = awkwardArray(lead.notes, random, (note) => {
    if (random.chance(0.5)) {
      addUnknownKeys(note, random, false)
    }
    if (random.chance(0.2)) {
      note.created_at = awkwardTimestamp(random)
    }
    if (random.chance(0.15)) {
      note.content = withRtl(note.content, random)
    } else if (random.chance(0.1)) {
      note.content = withLongText(note.content, random)
    }
  })
  const disqualification = lead.disqualification_data
  if (isObject(disqualification)) {
    addUnknownKeys(disqualification, random, true)
    if (random.chance(0.4)) {
      disqualification.evaluated_at = awkwardTimestamp(random)
    }
    const trigger = disqualification.triggering_field
    if (isObject(trigger)) {
      addUnknownKeys(trigger, random, false)
      if (random.chance(0.4)) {
        trigger.value = { answer: [trigger.value, null], nested: deepTree(random, 4) }
      }
    }
  }
  if (isObject(lead.crm_sync_state)) {
    addUnknownKeys(lead.crm_sync_state, random, false)
  }
  if (typeof lead.total_paid_cents === 'number' && random.chance(0.2)) {
    lead.total_paid_cents = String(lead.total_paid_cents)
  }
  awkwardTimestamps(lead, random, [
    ['updated_at', 0.35],
    ['last_payment_at', 0.3],
    ['created_at', 0.15],
  ])
}

function awkwardCall(call: Json, random: Random): void {
  addUnknownKeys(call, random, true)
  call.action_items = awkwardArray(call.action_items, random, (item) => {
    if (random.chance(0.5)) {
      addUnknownKeys(item, random, true)
    }
    if (random.chance(0.3)) {
      item.due_at = awkwardTimestamp(random)
    }
    if (random.chance(0.2)) {
      item.title = withRtl(item.title, random)
    }
    if (random.chance(0.1)) {
      item.owner = 42
    }
  })
  call.form_data = awkwardArray(call.form_data, random, (answer) => {
    if (random.chance(0.5)) {
      addUnknownKeys(answer, random, false)
    }
    if (random.chance(0.3)) {
      answer.value = { selected: [answer.value, null], nested: deepTree(random, 3) }
    }
  })
  const transcript = call.transcript_data
  if (isObject(transcript)) {
    awkwardTranscript(transcript, random)
  } else if (transcript === null && random.chance(0.6)) {
    call.transcript_data = []
  }
  if (random.chance(0.3)) {
    call.notes = withRtl(call.notes, random)
  } else if (random.chance(0.2)) {
    call.notes = withLongText(call.notes, random)
  }
  if (typeof call.ai_summary === 'string') {
    const roll = random.next()
    if (roll < 0.2) {
      call.ai_summary = withRtl(call.ai_summary, random)
    } else if (roll < 0.4) {
      call.ai_summary = withLongText(call.ai_summary, random)
    }
  }
  for (const key of ['duration_minutes', 'expected_deal_value']) {
    if (typeof call[key] === 'number' && random.chance(0.25)) {
      call[key] = String(call[key])
    }
  }
  awkwardTimestamps(call, random, [
    ['scheduled_at', 0.15],
    ['started_at', 0.25],
    ['ended_at', 0.25],
    ['updated_at', 0.3],
    ['guest_rsvp_confirmed_at', 0.2],
  ])
}

/** Keeps every segment in order and inserts a null, a `start_seconds: "0"` one and maybe more. */
function awkwardTranscript(transcript: Json, random: Random): void {
  addUnknownKeys(transcript, random, true)
  if (typeof transcript.duration_seconds === 'number' && random.chance(0.3)) {
    transcript.duration_seconds = String(transcript.duration_seconds)
  }
  if (!Array.isArray(transcript.segments)) {
    return
  }
  const segments: unknown[] = transcript.segments
  segments.forEach((segment, index) => {
    if (index % 10 === 3 && isObject(segment)) {
      addUnknownKeys(segment, random, false)
    }
  })
  const inserts: unknown[] = [
    null,
    {
      start_seconds: '0',
      end_seconds: '1.5',
      speaker: 'System',
      text: 'Recording started',
    },
  ]
  if (random.chance(0.5)) {
    inserts.push({
      start_seconds: null,
      end_seconds: -1,
      speaker: 42,
      text: random.pick(AWKWARD_RTL_TEXTS),
      x_confidence: [0.9, null],
    })
  }
  if (random.chance(0.3)) {
    inserts.push({ start_seconds: 12, end_seconds: 14, text: withLongText('', random) })
  }
  for (const insert of inserts) {
    segments.splice(random.int(0, segments.length), 0, insert)
  }
}

function awkwardOctanistLead(lead: Json, random: Random): void {
  addUnknownKeys(lead, random, true)
  if (random.chance(0.3)) {
    lead.name = withRtl(lead.name, random)
  }
  if (random.chance(0.25)) {
    lead.note = withLongText(lead.note, random)
  } else if (random.chance(0.2)) {
    lead.note = withRtl(lead.note, random)
  }
  if (random.chance(0.1)) {
    lead.website = `${typeof lead.website === 'string' ? lead.website : 'https://example.com'}/${LONG_WORD.repeat(40)}`
  }
  if (typeof lead.value === 'number' && random.chance(0.3)) {
    lead.value = String(lead.value)
  }
  if (lead.source === null || random.chance(0.2)) {
    lead.source = 42
  }
  if (typeof lead.custom === 'string' && random.chance(0.4)) {
    const custom = lead.custom
    lead.custom = random.pick([
      custom.slice(0, Math.floor(custom.length / 2)),
      `[1,null,${JSON.stringify(deepTree(random, 5))}]`,
      JSON.stringify({ wrapped: safeParse(custom), x_debug: deepTree(random, 6) }),
    ])
  } else if (lead.custom === null && random.chance(0.3)) {
    lead.custom = ''
  }
  if (random.chance(0.25)) {
    lead.ad_storage = random.pick(['granted', 'denied', 1])
  }
  awkwardTimestamps(lead, random, [
    ['updatedAt', 0.35],
    ['qualifiedAt', 0.3],
    ['expiresAt', 0.3],
    ['createdAt', 0.15],
  ])
}

/** Arrays get 1–2 nulls and each object item `each`; a null array sometimes becomes `[null]`. */
function awkwardArray(value: unknown, random: Random, each: (item: Json) => void): unknown {
  if (Array.isArray(value)) {
    for (const item of value) {
      if (isObject(item)) {
        each(item)
      }
    }
    const result: unknown[] = [...value]
    const nulls = random.int(1, 2)
    for (let index = 0; index < nulls; index++) {
      result.splice(random.int(0, result.length), 0, null)
    }
    return result
  }
  return value === null && random.chance(0.5) ? [null] : value
}

function addUnknownKeys(target: Json, random: Random, deep: boolean): void {
  const count = random.int(1, 2)
  for (let index = 0; index < count; index++) {
    const key = random.pick(AWKWARD_UNKNOWN_KEYS)
    if (!(key in target)) {
      target[key] = unknownValue(key, random)
    }
  }
  if (deep && !('x_debug' in target)) {
    target.x_debug = deepTree(random, random.int(3, 8))
  }
}

function unknownValue(key: string, random: Random): unknown {
  switch (key) {
    case 'tags':
      return ['vip', null, 7, { label: null }]
    case '__typename':
      return random.pick(['Lead', 'Call', 'Node'])
    case 'legacy_field':
      return random.pick([null, 0, false, {}])
    default:
      return random.pick(['extra value', 12.5, null, true, [], { nested: { note: 'unknown' } }])
  }
}

/** `{ level: 1, items: [...], next: { level: 2, ... } }` down to `depth`. */
function deepTree(random: Random, depth: number): Json {
  let node: Json = { level: depth, leaf: random.pick(['end', null, 0, '']) }
  for (let level = depth - 1; level >= 1; level--) {
    node = { level, items: [level, null, `item ${level}`], next: node }
  }
  return node
}

function awkwardTimestamps(
  target: Json,
  random: Random,
  fields: readonly (readonly [string, number])[],
): void {
  for (const [field, probability] of fields) {
    if (field in target && random.chance(probability)) {
      target[field] = awkwardTimestamp(random)
    }
  }
}

function awkwardTimestamp(random: Random): string {
  return random.pick(AWKWARD_TIMESTAMPS)
}

function withRtl(value: unknown, random: Random): string {
  const rtl = random.pick(AWKWARD_RTL_TEXTS)
  return typeof value === 'string' && value !== '' ? `${value} ${rtl}` : rtl
}

/** The text followed by one unbroken word of 2.7–8 k characters. */
function withLongText(value: unknown, random: Random): string {
  const long = LONG_WORD.repeat(random.int(60, 180))
  return typeof value === 'string' && value !== '' ? `${value} ${long}` : long
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}
