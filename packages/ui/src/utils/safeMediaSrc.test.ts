import { describe, expect, it } from 'vitest'
import { mediaKindOf, safeMediaSrc } from './safeMediaSrc.ts'

describe('safeMediaSrc', () => {
  it('accepts http(s) and blob URLs', () => {
    expect(safeMediaSrc('https://cdn.example.com/a.wav')).toBe('https://cdn.example.com/a.wav')
    expect(safeMediaSrc(' http://x.test/a.mp3 ')).toBe('http://x.test/a.mp3')
    expect(safeMediaSrc('blob:https://app.example.com/1234')).toBe(
      'blob:https://app.example.com/1234',
    )
  })

  it('refuses script, data and file URLs, garbage and non-strings', () => {
    for (const value of [
      'javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:audio/wav;base64,AAAA',
      'file:///etc/passwd',
      'not a url',
      '',
      null,
      42,
    ]) {
      expect(safeMediaSrc(value)).toBeUndefined()
    }
  })

  it('resolves a relative path against the base URL only when one is given', () => {
    expect(safeMediaSrc('/media/recordings/c1.wav')).toBeUndefined()
    expect(safeMediaSrc('/media/recordings/c1.wav', 'http://aura.test/')).toBe(
      'http://aura.test/media/recordings/c1.wav',
    )
    expect(safeMediaSrc('javascript:alert(1)', 'http://aura.test/')).toBeUndefined()
  })

  it('puts relative paths under the base path, as the client joins API paths', () => {
    for (const base of [
      'http://aura.test/proxy',
      'http://aura.test/proxy/',
      'http://aura.test/proxy//',
    ]) {
      expect(safeMediaSrc('/media/c1.wav', base)).toBe('http://aura.test/proxy/media/c1.wav')
      expect(safeMediaSrc('media/c1.wav', base)).toBe('http://aura.test/proxy/media/c1.wav')
    }
    // Absolute and protocol-relative URLs keep their own host.
    expect(safeMediaSrc('https://cdn.test/c1.wav', 'http://aura.test/proxy')).toBe(
      'https://cdn.test/c1.wav',
    )
    expect(safeMediaSrc('//cdn.test/c1.wav', 'https://aura.test/proxy')).toBe(
      'https://cdn.test/c1.wav',
    )
  })

  it('resolves a relative base (a same-origin proxy) against the page', () => {
    expect(safeMediaSrc('/media/c1.wav', '/api/aura')).toBe(
      new URL('/api/aura/media/c1.wav', window.location.href).href,
    )
  })
})

describe('mediaKindOf', () => {
  it('prefers the MIME type, then the extension, and defaults to audio', () => {
    expect(mediaKindOf('https://x.test/a.wav', 'video/mp4')).toBe('video')
    expect(mediaKindOf('https://x.test/a.mp4', 'audio/mp4')).toBe('audio')
    expect(mediaKindOf('https://x.test/call.MP4?sig=1')).toBe('video')
    expect(mediaKindOf('https://x.test/call.webm#t=3')).toBe('video')
    expect(mediaKindOf('https://x.test/call.wav')).toBe('audio')
    expect(mediaKindOf('https://x.test/stream')).toBe('audio')
  })
})
