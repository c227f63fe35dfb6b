// The Import page's texts (issue 4): kk.ts, ru.ts and en.ts each satisfy this shape, so a missing
// text is a type error. The loader sends the one language the page needs. The row errors'
// messages (import.error.*) live in the main dictionaries, shared with the CLI and the API.
import type { ImportKind } from '../../../db/schema'

export type BatchStatus = 'preview' | 'committed' | 'cancelled' | 'undone'

/** Why a batch cannot be committed, cancelled or undone (app/import/import.server.ts). */
export type ImportStateCode =
  | 'notFound'
  | 'notPreview'
  | 'invalidRows'
  | 'stagedLost'
  | 'storedOutsideRegion'
  | 'notCommitted'
  | 'laterBatch'
  | 'otherBatchRows'
  | 'scaleUnconfirmed'
  | 'scaleNotAsked'

export interface ImportsContent {
  title: string
  intro: string
  upload: {
    title: string
    kind: string
    kinds: Record<ImportKind, string>
    source: string
    sourceHint: string
    /** {prefix}: a regional user's source prefix (`KZ-11/`). */
    sourcePrefixHint: string
    sheet: string
    sheetHint: string
    /** The survey answers' scale field (decision 0018). */
    scale: string
    scaleHint: string
    scaleInfer: string
    scaleYesNo: string
    scaleOneToFive: string
    file: string
    drop: string
    /** {name}: the file's name, {size}: its size. */
    chosen: string
    limit: string
    submit: string
    /** {percent}: how much is sent. */
    uploading: string
    reading: string
    templates: string
    templatesHint: string
    megabytes: string
    kilobytes: string
  }
  uploadError: {
    tooLarge: string
    noFile: string
    noSource: string
    /** {prefix}: the user's own source prefix. */
    sourceRegion: string
    failed: string
  }
  preview: {
    title: string
    batch: string
    counts: string
    rowsRead: string
    valid: string
    invalid: string
    new: string
    updated: string
    unchanged: string
    errorsTitle: string
    errorsShown: string
    col: { file: string; row: string; column: string; value: string; message: string }
    commit: string
    commitValid: string
    cancel: string
    invalidNote: string
    fileError: string
    committed: string
    cancelled: string
    undone: string
    close: string
    /** A survey file of only 0 and 1: the two answers to "which scale?". */
    readYesNo: string
    readOneToFive: string
  }
  undo: {
    title: string
    body: string
    confirm: string
    back: string
  }
  history: {
    title: string
    introAll: string
    introRegion: string
    empty: string
    col: {
      id: string
      created: string
      user: string
      kind: string
      source: string
      file: string
      read: string
      new: string
      updated: string
      unchanged: string
      invalid: string
      status: string
      actions: string
    }
    open: string
    undo: string
    operator: string
  }
  status: Record<BatchStatus, string>
  state: Record<ImportStateCode, string>
}
