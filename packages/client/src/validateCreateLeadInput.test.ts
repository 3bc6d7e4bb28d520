import { describe, expect, it } from 'vitest'
import {
  type CreateLeadInput,
  toCreateLeadBody,
  validateCreateLeadInput,
} from './validateCreateLeadInput.ts'

function failing(input: unknown): string[] {
  return validateCreateLeadInput(input as CreateLeadInput).map((issue) => issue.field)
}

describe('validateCreateLeadInput', () => {
  it.each<CreateLeadInput>([
    { email: 'john@example.com' },
    {
      email: 'john.doe+tag@sub.example.co.uk',
      fullName: 'John Doe',
      phone: '+14155552671',
      company: 'Acme',
      timezone: 'America/New_York',
      metadata: { utmSource: 'google', fbclid: 'x', customKey: 1 },
    },
    { email: 'a@b.io', phone: null, timezone: null, metadata: null, fullName: null },
    { email: 'a@b.io', timezone: 'UTC' },
    { email: 'a@b.io', timezone: 'Europe/Amsterdam' },
  ])('accepts %j', (input) => {
    expect(validateCreateLeadInput(input)).toEqual([])
  })

  it.each([
    [{}, ['email']],
    [{ email: '' }, ['email']],
    [{ email: '   ' }, ['email']],
    [{ email: 'john' }, ['email']],
    [{ email: 'john@example' }, ['email']],
    [{ email: 'jo hn@example.com' }, ['email']],
    [{ email: 42 }, ['email']],
    [{ email: 'a@b.io', phone: '4155552671' }, ['phone']],
    [{ email: 'a@b.io', phone: '+1 415 555 2671' }, ['phone']],
    [{ email: 'a@b.io', phone: '+0123456' }, ['phone']],
    [{ email: 'a@b.io', phone: '+1234567890123456' }, ['phone']],
    [{ email: 'a@b.io', timezone: 'Mars/Olympus_Mons' }, ['timezone']],
    [{ email: 'a@b.io', timezone: '+01:00' }, ['timezone']],
    [{ email: 'a@b.io', timezone: 'EST5EDT-ish' }, ['timezone']],
    [{ email: 'a@b.io', metadata: 'utm=google' }, ['metadata']],
    [{ email: 'a@b.io', metadata: ['x'] }, ['metadata']],
    [{ email: 'a@b.io', metadata: new Date() }, ['metadata']],
    [{ email: 'a@b.io', fullName: 5 }, ['fullName']],
    [{ email: 'a@b.io', company: {} }, ['company']],
    [
      { email: 'x', phone: 'y', timezone: 'z', metadata: 1 },
      ['email', 'phone', 'timezone', 'metadata'],
    ],
    [null, ['input']],
  ])('%j fails on %j', (input, expected) => {
    expect(failing(input)).toEqual(expected)
  })
})

describe('toCreateLeadBody', () => {
  it('uses snake_case keys and keeps metadata keys as given', () => {
    expect(
      toCreateLeadBody({
        email: 'john@example.com',
        fullName: 'John Doe',
        phone: '+14155552671',
        company: 'Acme Corp',
        timezone: 'America/New_York',
        metadata: { utmSource: 'google', liFatId: 'abc' },
      }),
    ).toEqual({
      email: 'john@example.com',
      full_name: 'John Doe',
      phone: '+14155552671',
      company: 'Acme Corp',
      timezone: 'America/New_York',
      metadata: { utmSource: 'google', liFatId: 'abc' },
    })
  })

  it('leaves out null and undefined fields', () => {
    expect(
      toCreateLeadBody({ email: 'a@b.io', fullName: null, phone: undefined, metadata: null }),
    ).toEqual({ email: 'a@b.io' })
  })
})
