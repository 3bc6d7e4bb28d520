import { existsSync, readFileSync } from 'node:fs'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { callSchema } from './call.ts'
import {
  auraErrorEnvelopeSchema,
  auraItemEnvelope,
  auraListEnvelope,
  octanistErrorEnvelopeSchema,
  octanistListEnvelopeSchema,
} from './envelopes.ts'
import { leadSchema } from './lead.ts'
import { extractJsonExamples } from './test-utils/extractJsonExamples.ts'
import {
  octanistErrorExample,
  octanistLeadExample,
  octanistListExample,
} from './test-utils/octanistExample.ts'
import {
  REFERENCE_EXAMPLES,
  REFERENCE_PAGES,
  type ReferencePage,
} from './test-utils/referenceExamples.ts'
import { validateCreateLeadInput } from './validateCreateLeadInput.ts'

const SUCCESS_SCHEMAS: Record<ReferencePage, v.GenericSchema | null> = {
  'aura-v1-leads-list': auraListEnvelope(leadSchema),
  'aura-v1-leads-get': auraItemEnvelope(leadSchema),
  'aura-v1-leads-create': auraItemEnvelope(leadSchema),
  'aura-v1-calls-list': auraListEnvelope(callSchema),
  'octanist-leads-list': null,
}

/** Success bodies, error bodies and request bodies each page shows. */
const EXPECTED_COUNTS: Record<ReferencePage, [number, number, number]> = {
  'aura-v1-leads-list': [1, 2, 0],
  'aura-v1-leads-get': [1, 2, 0],
  'aura-v1-leads-create': [1, 2, 1],
  'aura-v1-calls-list': [1, 1, 0],
  'octanist-leads-list': [0, 0, 0],
}

type Kind = 'success' | 'error' | 'request'

function kindOf(example: unknown): Kind {
  if (typeof example === 'object' && example !== null) {
    if ('error' in example) {
      return 'error'
    }
    if ('data' in example) {
      return 'success'
    }
  }
  return 'request'
}

function firstIssue(schema: v.GenericSchema, body: unknown): string | null {
  const result = v.safeParse(schema, body)
  return result.success
    ? null
    : `${v.getDotPath(result.issues[0]) ?? ''}: ${result.issues[0].message}`
}

function checkPage(page: ReferencePage, examples: unknown[]): void {
  const counts = { success: 0, error: 0, request: 0 }
  for (const example of examples) {
    const kind = kindOf(example)
    counts[kind]++
    if (kind === 'error') {
      expect(firstIssue(auraErrorEnvelopeSchema, example)).toBeNull()
    } else if (kind === 'request') {
      expect(validateCreateLeadInput(example as { email: string })).toEqual([])
    } else {
      const schema = SUCCESS_SCHEMAS[page]
      expect(schema).not.toBeNull()
      if (schema !== null) {
        expect(firstIssue(schema, example)).toBeNull()
      }
    }
  }
  expect([counts.success, counts.error, counts.request]).toEqual(EXPECTED_COUNTS[page])
}

describe('reference examples (copied into test-utils/referenceExamples.ts)', () => {
  it.each(REFERENCE_PAGES)('%s: every JSON example parses', (page) => {
    checkPage(page, REFERENCE_EXAMPLES[page])
  })

  it('keeps unknown keys (property1, property2) and fills typed fields', () => {
    const body = REFERENCE_EXAMPLES['aura-v1-calls-list'][0]
    const parsed = v.parse(auraListEnvelope(callSchema), body)
    const call = parsed.data[0]
    expect(call?.status).toBe('closed')
    expect(call?.transcript_data?.segments?.[0]).toHaveProperty('property1', null)
    expect(call?.form_data?.[0]?.field_id).toBe('budget')
    expect(parsed.pagination).toEqual({ has_more: true, next_cursor: 'string' })
  })
})

describe('Octanist example built from the README field list', () => {
  it('parses the list envelope and keeps undocumented keys', () => {
    const parsed = v.parse(octanistListEnvelopeSchema, octanistListExample)
    expect(parsed.data[0]).toEqual(octanistLeadExample)
    expect(parsed.meta.pagination.totalPages).toBe(1)
  })

  it('parses the error envelope', () => {
    expect(firstIssue(octanistErrorEnvelopeSchema, octanistErrorExample)).toBeNull()
  })
})

const pagesDir = new URL('../../../../shared/api/', import.meta.url)
const pagesPresent = existsSync(pagesDir)

// The vendors' pages live outside the repository (/work/shared/api), so a fresh clone skips this.
describe.skipIf(!pagesPresent)('reference pages read live from ../shared/api', () => {
  it.each(REFERENCE_PAGES)('%s: extracted examples parse and match the copy', (page) => {
    const text = readFileSync(new URL(`${page}.txt`, pagesDir), 'utf8')
    const examples = extractJsonExamples(text)
    checkPage(page, examples)
    expect(examples).toEqual(REFERENCE_EXAMPLES[page])
  })
})
