import { validateCreateLeadInput } from '@aura-kit/client'
import { describe, expect, it } from 'vitest'
import { formValuesFrom, hasAttribution, toCreateLeadInput } from './createLeadFormValues.ts'

describe('formValuesFrom', () => {
  it('leaves the zone to the viewer unless one is given; null means none', () => {
    expect(formValuesFrom(undefined).timezone).toBeNull()
    expect(formValuesFrom({ timezone: null }).timezone).toBe('')
    expect(formValuesFrom({ timezone: 'Asia/Tokyo' }).timezone).toBe('Asia/Tokyo')
  })

  it('reads the attribution keys from metadata and ignores values of the wrong type', () => {
    const values = formValuesFrom({
      email: 42 as unknown as string,
      metadata: { utmSource: 'google', utmTerm: 7 as unknown as string, gclid: 'abc' },
    })
    expect(values.email).toBe('')
    expect(values.utmSource).toBe('google')
    expect(values.utmTerm).toBe('')
    expect(hasAttribution(values)).toBe(true)
    expect(formValuesFrom({ metadata: 'utm=google' as never }).utmSource).toBe('')
    expect(hasAttribution(formValuesFrom({}))).toBe(false)
  })
})

describe('toCreateLeadInput', () => {
  it('trims, leaves blanks out, normalises the phone and fills in the viewer zone', () => {
    const values = {
      ...formValuesFrom(undefined),
      email: '  ada@example.com ',
      fullName: '  ',
      phone: '+44 (0) 20 7946 0958',
      utmSource: ' newsletter ',
    }
    expect(toCreateLeadInput(values, 'Europe/London')).toEqual({
      email: 'ada@example.com',
      fullName: undefined,
      phone: '+442079460958',
      company: undefined,
      timezone: 'Europe/London',
      metadata: { utmSource: 'newsletter' },
    })
  })

  it('keeps metadata keys the form does not show and drops attribution keys cleared', () => {
    const defaults = { metadata: { gclid: 'g-1', utmMedium: 'cpc', custom: { a: 1 } } }
    const values = { ...formValuesFrom(defaults), email: 'a@b.io', utmMedium: '' }
    expect(toCreateLeadInput(values, '', defaults).metadata).toEqual({
      gclid: 'g-1',
      custom: { a: 1 },
    })
    expect(defaults.metadata.utmMedium).toBe('cpc')
  })

  it('sends no zone when the viewer has none and the field is empty', () => {
    const input = toCreateLeadInput(
      { ...formValuesFrom({ timezone: null }), email: 'a@b.io' },
      'UTC',
    )
    expect(input.timezone).toBeUndefined()
    expect(validateCreateLeadInput(input)).toEqual([])
  })
})
