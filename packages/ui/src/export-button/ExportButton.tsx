'use client'
import { useEffect, useRef, useState } from 'react'
import type { CsvColumn } from '../utils/csv.ts'
import { describeError } from '../utils/describeError.ts'
import { downloadBlob, exportCsv } from './exportCsv.ts'

export interface ExportButtonProps<T> {
  /** Every page to export; called once per export with that export's abort signal. */
  getPages: (signal: AbortSignal) => AsyncIterable<readonly T[]>
  columns: readonly CsvColumn<T>[]
  filename: string
  /** Replaces the browser download (tests, partners that upload the file instead). */
  onExport?: ((blob: Blob, filename: string) => void) | undefined
}

type ExportState =
  | { phase: 'idle'; message?: string }
  | { phase: 'running'; rows: number }
  | { phase: 'error'; message: string }

/** "Export CSV" with progress (rows so far) and cancel. */
export function ExportButton<T>({ getPages, columns, filename, onExport }: ExportButtonProps<T>) {
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
      setState({ phase: 'idle', message: 'Export ready' })
    } catch (error) {
      if (controller.signal.aborted) {
        setState({ phase: 'idle', message: 'Export cancelled' })
      } else {
        setState({ phase: 'error', message: describeError(error).message })
      }
    } finally {
      if (controllerRef.current === controller) {
        controllerRef.current = null
      }
    }
  }

  return (
    <div className="aura-export">
      {state.phase === 'running' ? (
        <>
          <span role="status" className="aura-export-progress">
            Exporting… {state.rows} rows
          </span>
          <button
            type="button"
            className="aura-button"
            onClick={() => controllerRef.current?.abort()}
          >
            Cancel export
          </button>
        </>
      ) : (
        <>
          <button type="button" className="aura-button" onClick={start}>
            Export CSV
          </button>
          {state.phase === 'error' ? (
            <span role="alert" className="aura-error-message">
              Export failed: {state.message}
            </span>
          ) : state.message ? (
            <span role="status" className="aura-export-progress">
              {state.message}
            </span>
          ) : null}
        </>
      )}
    </div>
  )
}
