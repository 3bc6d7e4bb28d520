export interface UserAgentSummary {
  /** e.g. "Chrome 137"; undefined when not recognised. */
  browser: string | undefined
  /** e.g. "iOS 18.4"; undefined when not recognised. */
  os: string | undefined
}

// Order matters: Chromium-based browsers also say "Chrome", and every iOS browser says "Safari".
const BROWSERS: ReadonlyArray<readonly [string, RegExp]> = [
  ['Edge', /\bEdg(?:e|A|iOS)?\/(\d+)/],
  ['Opera', /\b(?:OPR|OPiOS)\/(\d+)/],
  ['Samsung Internet', /\bSamsungBrowser\/(\d+)/],
  ['Firefox', /\b(?:Firefox|FxiOS)\/(\d+)/],
  ['Chrome', /\b(?:Chrome|CriOS)\/(\d+)/],
  ['Safari', /\bVersion\/(\d+(?:\.\d+)?)(?:\.\d+)*(?: Mobile\/\S+)? Safari\//],
]

function detectOs(userAgent: string): string | undefined {
  const ios = /\b(iPhone|iPad|iPod)\b.*? OS (\d+)(?:_(\d+))?/.exec(userAgent)
  if (ios) {
    const name = ios[1] === 'iPad' ? 'iPadOS' : 'iOS'
    return ios[3] ? `${name} ${ios[2]}.${ios[3]}` : `${name} ${ios[2]}`
  }
  const android = /\bAndroid (\d+(?:\.\d+)?)/.exec(userAgent)
  if (android) {
    return `Android ${android[1]}`
  }
  if (/\bWindows NT\b/.test(userAgent)) {
    return 'Windows'
  }
  if (/\bCrOS\b/.test(userAgent)) {
    return 'ChromeOS'
  }
  // Browsers froze the macOS version at 10_15_7, so a version number would mislead.
  if (/\bMac OS X\b/.test(userAgent)) {
    return 'macOS'
  }
  if (/\bLinux\b/.test(userAgent)) {
    return 'Linux'
  }
  return undefined
}

/** Browser and OS from a user-agent string, good enough for a glance (not for feature detection). */
export function summarizeUserAgent(userAgent: unknown): UserAgentSummary {
  if (typeof userAgent !== 'string') {
    return { browser: undefined, os: undefined }
  }
  // Real user agents are a few hundred characters; a huge hostile one is cut before matching.
  const text = userAgent.slice(0, 1000)
  let browser: string | undefined
  for (const [name, pattern] of BROWSERS) {
    const match = pattern.exec(text)
    if (match) {
      browser = `${name} ${match[1]}`
      break
    }
  }
  return { browser, os: detectOs(text) }
}
