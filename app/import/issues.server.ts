// The problems an import reports: one found in a row's cells (RowIssue, by column), and the same
// located in its file (ImportError: file · row · column · value · message). Every step of the
// import (cells, rows, the survey scale, the preview) and every door that shows them name these.
import type { MessageKey } from '../i18n/kk'

export interface RowIssue {
  column: string | null
  key: MessageKey
  params?: Record<string, string | number>
}

/** One problem, located: file · row · column · value · message (an i18n key and its params). */
export interface ImportError {
  file: string
  row: number | null
  column: string | null
  value: string | null
  key: MessageKey
  params?: Record<string, string | number>
}
