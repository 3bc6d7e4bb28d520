import type { ApiName } from './errors.ts'
import type { DataIssueAction, RecordIssue } from './repairRecord.ts'

// Bundlers replace `process.env.NODE_ENV` textually; declared here so the build needs no Node types.
declare const process: { env: { NODE_ENV?: string } } | undefined

/** One odd value in a response that the client repaired or dropped instead of failing. */
export interface DataIssue {
  api: ApiName
  /** `GET /v1/calls`. */
  request: string
  /** `data[1].action_items[1]`. */
  path: string
  expected: string
  received: string
  requestId: string | null
  action: DataIssueAction
}

export interface DataIssueContext {
  api: ApiName
  request: string
  requestId: string | null
}

/** A record-relative issue placed in its response: `data[1]` + `notes[0]` → `data[1].notes[0]`. */
export function toDataIssue(
  context: DataIssueContext,
  recordPath: string,
  issue: RecordIssue,
): DataIssue {
  const separator = issue.path === '' || issue.path.startsWith('[') ? '' : '.'
  return { ...context, ...issue, path: `${recordPath}${separator}${issue.path}` }
}

/** Hands each issue to `onDataIssue` (its errors ignored) and warns once in development. */
export function reportDataIssues(
  issues: readonly DataIssue[],
  onDataIssue: ((issue: DataIssue) => void) | undefined,
): void {
  for (const issue of issues) {
    try {
      onDataIssue?.(issue)
    } catch {
      // A reporting hook must never cost the response it reports on.
    }
  }
  // Outside production only; no `process` (a browser page without a bundler) counts as production.
  // A production bundle folds this test to false and drops the warning.
  if (typeof process === 'object' && process.env.NODE_ENV !== 'production') {
    const [first] = issues
    if (first) {
      const count = issues.length === 1 ? '1 odd value' : `${issues.length} odd values`
      console.warn(
        `[aura-kit] ${first.request}: nulled or dropped ${count} instead of failing ` +
          `(first: ${first.path}, expected ${first.expected}, received ${first.received}). ` +
          'Pass onDataIssue to see each one.',
      )
    }
  }
}
