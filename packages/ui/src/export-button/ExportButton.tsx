'use client'
import {
  forwardRef,
  type HTMLAttributes,
  type ReactElement,
  type Ref,
  useEffect,
  useRef,
  useState,
} from 'react'
import { useKit } from '../kit/KitContext.tsx'
import { cx } from '../kit/parts.ts'
import { useMessageSections } from '../kit/useMessages.ts'
import { common as commonEn } from '../messages/en/common.ts'
import { table as tableEn } from '../messages/en/table.ts'
import type { CsvColumn } from '../utils/csv.ts'
import { describeError } from '../utils/describeError.ts'
import { downloadBlob, exportCsv } from './exportCsv.ts'

export interface ExportButtonProps<T> extends HTMLAttributes<HTMLDivElement> {
  /** Every page to export; called once per export with that export's abort signal. */
  getPages: (signal: AbortSignal) => AsyncIterable<readonly T[]>
  columns: readonly CsvColumn<T>[]
  filename: string
  /** Replaces the browser download (tests, partners that upload the file instead). */
  onExport?: ((blob: Blob, filename: string) => void) | undefined
}

type ExportState =
  | { phase: 'idle'; outcome?: 'ready' | 'cancelled' }
  | { phase: 'running'; rows: number }
  | { phase: 'error'; message: string }

function ExportButtonInner<T>(
  { getPages, columns, filename, onExport, className, ...rest }: ExportButtonProps<T>,
  ref: Ref<HTMLDivElement>,
) {
  const { format } = useKit()
  const messages = useMessageSections({ common: commonEn, table: tableEn })
  const [state, setState] = useState<ExportState>({ phase: 'idle' })
  const controllerRef = useRef<AbortController | null>(null)
  useEffect(() => () => controllerRef.current?.abort(), [])

  const start = async () => {
    const controller = new AbortController()
    controllerRef.current = controller
    setState({ phase: 'running', rows: 0 })
    try {
      const blob = await exportCsv({
        pages: getPages(controller.signal),
        columns,
        signal: controller.signal,
        onProgress: (rows) => {
          if (!controller.signal.aborted) {
            setState({ phase: 'running', rows })
          }
        },
      })
      ;(onExport ?? downloadBlob)(blob, filename)
      setState({ phase: 'idle', outcome: 'ready' })
    } catch (error) {
      if (controller.signal.aborted) {
        setState({ phase: 'idle', outcome: 'cancelled' })
      } else {
        setState({
          phase: 'error',
          message: describeError(error, messages.common.somethingWentWrong).message,
        })
      }
    } finally {
      if (controllerRef.current === controller) {
        controllerRef.current = null
      }
    }
  }

  const { table } = messages
  return (
    <div {...rest} ref={ref} className={cx('aura-export', className)} data-state={state.phase}>
      {state.phase === 'running' ? (
        <>
          <span role="status" className="aura-export-progress">
            {table.exporting(state.rows, format.integer(state.rows))}
          </span>
          <button
            type="button"
            className="aura-button"
            onClick={() => controllerRef.current?.abort()}
          >
            {table.cancelExport}
          </button>
        </>
      ) : (
        <>
          <button type="button" className="aura-button" onClick={start}>
            {table.exportCsv}
          </button>
          {state.phase === 'error' ? (
            <span role="alert" className="aura-error-message">
              {table.exportFailed(state.message)}
            </span>
          ) : state.outcome ? (
            <span role="status" className="aura-export-progress">
              {state.outcome === 'ready' ? table.exportReady : table.exportCancelled}
            </span>
          ) : null}
        </>
      )}
    </div>
  )
}

/**
 * "Export CSV" with progress (rows so far) and cancel, in the kit's messages. Renders one `div`,
 * forwards its ref and spreads the rest of its props onto it.
 */
export const ExportButton = forwardRef(ExportButtonInner) as <T>(
  props: ExportButtonProps<T> & { ref?: Ref<HTMLDivElement> | undefined },
) => ReactElement
