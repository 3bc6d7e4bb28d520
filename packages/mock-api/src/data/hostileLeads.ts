import type { AuraLead } from './leadTypes.ts'
import type { OctanistLead } from './octanistTypes.ts'

/** Fixed ids (independent of the seed) of the deliberately hostile Aura leads. */
export const HOSTILE_LEAD_IDS = {
  scriptName: 'bad0c0de-0000-4000-8000-000000000001',
  javascriptUrls: 'bad0c0de-0000-4000-8000-000000000002',
  hugeNote: 'bad0c0de-0000-4000-8000-000000000003',
  rightToLeft: 'bad0c0de-0000-4000-8000-000000000004',
  allNull: 'bad0c0de-0000-4000-8000-000000000005',
} as const

/** Positions in the newest-first list (all on the first default page of 50) where they replace seeded leads. */
export const HOSTILE_LEAD_POSITIONS = [3, 11, 23, 37, 48] as const

export const HOSTILE_OCTANIST_LEAD_IDS = {
  scriptName: 'lead_hostile0script0000000',
  javascriptWebsite: 'lead_hostile0jsurl00000000',
} as const

const SCRIPT = '<script>alert(1)</script>'
const JAVASCRIPT_URL = 'javascript:alert(1)'
const RLO = '\u202E'

function hugeNote(): string {
  const sentence =
    'This note is intentionally enormous to test truncation and virtualised rendering. '
  return sentence.repeat(Math.ceil(100_000 / sentence.length)).slice(0, 100_000)
}

/** Turns the seeded lead at each hostile position into its hostile twin (keeping its timestamps). */
export function makeHostileLeads(base: readonly AuraLead[]): AuraLead[] {
  const [first, second, third, fourth, fifth] = base
  const result: AuraLead[] = []
  if (first !== undefined) {
    result.push({
      ...first,
      id: HOSTILE_LEAD_IDS.scriptName,
      full_name: `${SCRIPT} Mallory`,
      company: '<img src=x onerror=alert(1)>',
      notes: [{ content: `<b>bold</b> ${SCRIPT}`, created_at: first.created_at, user_id: null }],
    })
  }
  if (second !== undefined) {
    result.push({
      ...second,
      id: HOSTILE_LEAD_IDS.javascriptUrls,
      website: JAVASCRIPT_URL,
      source: { ...(second.source ?? emptySource()), referrer: JAVASCRIPT_URL },
      metadata: { ...second.metadata, referrer: JAVASCRIPT_URL, ref: JAVASCRIPT_URL },
    })
  }
  if (third !== undefined) {
    result.push({
      ...third,
      id: HOSTILE_LEAD_IDS.hugeNote,
      notes: [{ content: hugeNote(), created_at: third.created_at, user_id: null }],
    })
  }
  if (fourth !== undefined) {
    result.push({
      ...fourth,
      id: HOSTILE_LEAD_IDS.rightToLeft,
      full_name: `Eve ${RLO}evE`,
      company: `Invoice${RLO}fdp.exe Ltd`,
    })
  }
  if (fifth !== undefined) {
    result.push({
      id: HOSTILE_LEAD_IDS.allNull,
      full_name: null,
      email: null,
      phone: null,
      company: null,
      timezone: null,
      status: 'new',
      source: null,
      metadata: null,
      notes: null,
      payment_count: null,
      payment_status: null,
      total_paid_cents: null,
      last_payment_at: null,
      disqualification_data: null,
      created_at: fifth.created_at,
      updated_at: fifth.updated_at,
      assigned_to_id: null,
    })
  }
  return result
}

function emptySource(): NonNullable<AuraLead['source']> {
  return {
    referrer: null,
    utm_source: null,
    utm_medium: null,
    utm_campaign: null,
    utm_content: null,
    utm_term: null,
  }
}

export function makeHostileOctanistLeads(base: readonly OctanistLead[]): OctanistLead[] {
  const [first, second] = base
  const result: OctanistLead[] = []
  if (first !== undefined) {
    result.push({
      ...first,
      id: HOSTILE_OCTANIST_LEAD_IDS.scriptName,
      name: `${SCRIPT} Mallory`,
      note: SCRIPT,
    })
  }
  if (second !== undefined) {
    result.push({
      ...second,
      id: HOSTILE_OCTANIST_LEAD_IDS.javascriptWebsite,
      website: JAVASCRIPT_URL,
    })
  }
  return result
}
