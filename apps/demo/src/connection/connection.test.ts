import { describe, expect, test } from 'vitest'
import {
  connectionLabel,
  initialConnection,
  MOCK_CONNECTION,
  normalizeBaseUrl,
  parseStoredConnection,
  remoteConnection,
} from './connection.ts'

describe('normalizeBaseUrl', () => {
  test.each([
    ['https://api.aura-app.ai/', 'https://api.aura-app.ai'],
    ['  http://127.0.0.1:4010  ', 'http://127.0.0.1:4010'],
    ['https://example.com/aura//', 'https://example.com/aura'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeBaseUrl(input)).toBe(expected)
  })

  test.each([
    '',
    null,
    'api.aura-app.ai',
    'javascript:alert(1)',
    'ftp://files.example.com',
    'https://user:secret@example.com',
    'https://example.com/?token=x',
    'https://example.com/#x',
  ])('rejects %s', (input) => {
    expect(normalizeBaseUrl(input)).toBeNull()
  })
})

describe('remoteConnection', () => {
  test('defaults Octanist to <baseUrl>/api and drops an empty token', () => {
    expect(remoteConnection({ baseUrl: 'https://x.example/', token: '  ' })).toEqual({
      kind: 'remote',
      baseUrl: 'https://x.example',
      octanistBaseUrl: 'https://x.example/api',
      token: null,
    })
  })

  test('keeps an explicit Octanist URL and a trimmed token', () => {
    expect(
      remoteConnection({
        baseUrl: 'https://x.example',
        octanistBaseUrl: 'https://octanist.example/api/',
        token: ' tok ',
      }),
    ).toMatchObject({ octanistBaseUrl: 'https://octanist.example/api', token: 'tok' })
  })

  test('is null for a bad URL on either side', () => {
    expect(remoteConnection({ baseUrl: 'nope' })).toBeNull()
    expect(remoteConnection({ baseUrl: 'https://x.example', octanistBaseUrl: 'nope' })).toBeNull()
  })
})

describe('stored connections', () => {
  const stored = JSON.stringify({ kind: 'remote', baseUrl: 'https://x.example', token: 't' })

  test('round-trips through JSON', () => {
    const connection = remoteConnection({ baseUrl: 'https://x.example', token: 't' })
    expect(parseStoredConnection(JSON.stringify(connection))).toEqual(connection)
    expect(parseStoredConnection(JSON.stringify(MOCK_CONNECTION))).toEqual(MOCK_CONNECTION)
  })

  test.each([
    null,
    '',
    '{',
    'null',
    '[]',
    '{"kind":"remote"}',
    '{"kind":"remote","baseUrl":"javascript:alert(1)"}',
    '{"kind":"other"}',
  ])('treats %s as none', (raw) => {
    expect(parseStoredConnection(raw)).toBeNull()
  })

  test('a tab starts with its stored connection, else the build URL, else the mock', () => {
    expect(initialConnection(stored, 'https://env.example')).toMatchObject({
      baseUrl: 'https://x.example',
    })
    expect(initialConnection(null, 'https://env.example')).toEqual({
      kind: 'remote',
      baseUrl: 'https://env.example',
      octanistBaseUrl: 'https://env.example/api',
      token: null,
    })
    expect(initialConnection(null, 'not a url')).toEqual(MOCK_CONNECTION)
    expect(initialConnection('{bad', undefined)).toEqual(MOCK_CONNECTION)
  })

  test('labels show the host only', () => {
    expect(connectionLabel(MOCK_CONNECTION, 'Embedded mock')).toBe('Embedded mock')
    expect(connectionLabel(parseStoredConnection(stored) ?? MOCK_CONNECTION, 'Embedded mock')).toBe(
      'x.example',
    )
  })
})
