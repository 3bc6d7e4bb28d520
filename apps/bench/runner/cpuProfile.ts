/** The parts of a V8 CPU profile (CDP `Profiler.stop`) this module reads. */
export interface CpuProfile {
  nodes: {
    id: number
    callFrame: { functionName: string; url: string; lineNumber: number }
  }[]
  samples?: number[]
  timeDeltas?: number[]
}

export interface SelfTime {
  functionName: string
  /** `package/file:line`, shortened from the script URL. */
  location: string
  selfMs: number
  /** Share of the profile's sampled time. */
  share: number
}

/** The file a script URL points at, from its package on (Vite's dep chunks keep the package name). */
export function shortLocation(url: string, line: number): string {
  if (!url) {
    return '(native)'
  }
  const path = url.replace(/^[a-z]+:\/\/[^/]+/, '').replace(/\?.*$/, '')
  const modules = path.lastIndexOf('/node_modules/')
  const tail = modules >= 0 ? path.slice(modules + '/node_modules/'.length) : path
  return `${tail}:${line + 1}`
}

/** Functions by self time (time with them on top of the stack), largest first. */
export function topSelfTime(profile: CpuProfile, limit: number): SelfTime[] {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]))
  const selfUs = new Map<string, { functionName: string; location: string; us: number }>()
  const samples = profile.samples ?? []
  const deltas = profile.timeDeltas ?? []
  let total = 0
  for (const [index, id] of samples.entries()) {
    // A sample's time is the gap to the next one; the last sample has none.
    const us = deltas[index + 1] ?? 0
    const node = byNode.get(id)
    if (!node) {
      continue
    }
    total += us
    const functionName = node.callFrame.functionName || '(anonymous)'
    const location = shortLocation(node.callFrame.url, node.callFrame.lineNumber)
    const key = `${functionName} ${location}`
    const entry = selfUs.get(key) ?? { functionName, location, us: 0 }
    entry.us += us
    selfUs.set(key, entry)
  }
  return [...selfUs.values()]
    .sort((a, b) => b.us - a.us)
    .slice(0, limit)
    .map((entry) => ({
      functionName: entry.functionName,
      location: entry.location,
      selfMs: entry.us / 1000,
      share: total > 0 ? entry.us / total : 0,
    }))
}
