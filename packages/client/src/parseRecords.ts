import type { BaseClientOptions } from './clientOptions.ts'
import {
  type DataIssue,
  type DataIssueContext,
  reportDataIssues,
  toDataIssue,
} from './dataIssue.ts'
import type { RecordParser } from './parseRecord.ts'
import { unexpectedBody } from './parseResponse.ts'

type OnDataIssue = BaseClientOptions['onDataIssue']

/** Parses each item of a list's `data`, keeping every record with an id and reporting the rest. */
export function parseRecordList<T>(
  parse: RecordParser<T>,
  raws: readonly unknown[],
  context: DataIssueContext,
  onDataIssue: OnDataIssue,
): T[] {
  const issues: DataIssue[] = []
  const records: T[] = []
  raws.forEach((raw, index) => {
    const record = parse(raw, {
      onIssue: (issue) => issues.push(toDataIssue(context, `data[${index}]`, issue)),
    })
    if (record !== null) {
      records.push(record)
    }
  })
  reportDataIssues(issues, onDataIssue)
  return records
}

/** Parses a get-one or create `data`; without a usable id there is nothing to return, so it throws. */
export function parseRecordItem<T>(
  parse: RecordParser<T>,
  raw: unknown,
  context: DataIssueContext & { status: number },
  onDataIssue: OnDataIssue,
): T {
  const { status, ...issueContext } = context
  const issues: DataIssue[] = []
  const record = parse(raw, {
    onIssue: (issue) => issues.push(toDataIssue(issueContext, 'data', issue)),
  })
  // Null comes with exactly one issue, the record-dropped one.
  const [dropped] = issues
  if (record === null && dropped) {
    throw unexpectedBody({ ...context, label: context.request }, dropped.path, dropped)
  }
  reportDataIssues(issues, onDataIssue)
  return record as T
}
