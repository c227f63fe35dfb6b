// The two-step import (issue 4, DESIGN §2 "Import batch"): previewImport reads a file once,
// validates every row and stages the valid ones (derived, in import_staged_*), recording a batch
// with its counts and first errors; commitImport writes the staged rows in one transaction
// (nothing is written if it fails); cancelImport drops them; undoImport restores what a committed
// batch changed. Every door (CLI, API, page) goes through these four functions.
import type { Db } from '../../db/client.server'
import type { ImportKind } from '../../db/schema'
import {
  batchById,
  commitSlice,
  compareStaged,
  deleteStaged,
  insertBatch,
  laterBatchOverRows,
  linkSurveysToCasesOfBatch,
  lockBatch,
  recentBatches,
  stageRows,
  stagedRowNumberRange,
  undoBatchRows,
  updateBatch,
  writtenCounts,
  type StagedRow,
} from '../../db/queries/imports'
import { loadWriteContext } from '../fact-writer.server'
import type { MessageKey } from '../i18n/kk'
import { FORMATS, matchHeader } from './formats.server'
import { ImportFileError, readRows, type FileInput } from './read-file.server'
import { resolveRow, type RowContext } from './rows.server'

/** One problem, located: file · row · column · value · message (an i18n key and its params). */
export interface ImportError {
  file: string
  row: number | null
  column: string | null
  value: string | null
  key: MessageKey
  params?: Record<string, string | number>
}

export interface ImportPreview {
  batchId: number
  kind: ImportKind
  source: string
  fileName: string
  status: 'preview' | 'cancelled'
  rowsRead: number
  rowsValid: number
  rowsInvalid: number
  rowsNew: number
  rowsUpdated: number
  rowsUnchanged: number
  /** True when the file itself could not be read (empty, binary, missing columns …). */
  fileError: boolean
  /** Every error found (errors holds the first MAX_ERRORS). */
  errorCount: number
  errors: ImportError[]
}

export const MAX_ERRORS = 100
const STAGE_BATCH = 1000
/** Rows per commit statement: bounded statements, one transition table per statement. */
const COMMIT_SLICE = 10_000

export interface PreviewOptions {
  kind: ImportKind
  fileName: string
  input: FileInput
  source: string
  userId?: number | null
  /** The regions whose offices the user may import (null: all) — from the policy module. */
  allowedRegionIds?: readonly number[] | null
  sheet?: string
}

export async function previewImport(db: Db, options: PreviewOptions): Promise<ImportPreview> {
  const { kind, fileName: file, source } = options
  const batchId = await insertBatch(db, {
    kind,
    source,
    fileName: file,
    userId: options.userId ?? null,
  })
  const ctx: RowContext = {
    write: await loadWriteContext(db),
    source,
    batchId,
    allowedRegionIds: options.allowedRegionIds ? new Set(options.allowedRegionIds) : null,
  }
  const preview: ImportPreview = {
    batchId,
    kind,
    source,
    fileName: file,
    status: 'preview',
    rowsRead: 0,
    rowsValid: 0,
    rowsInvalid: 0,
    rowsNew: 0,
    rowsUpdated: 0,
    rowsUnchanged: 0,
    fileError: false,
    errorCount: 0,
    errors: [],
  }
  const report = (error: ImportError) => {
    preview.errorCount++
    if (preview.errors.length < MAX_ERRORS) preview.errors.push(error)
  }

  try {
    let columns: (string | null)[] | null = null
    const seen = new Map<string, number>()
    const allColumns = FORMATS[kind].map((c) => c.name)
    let pending: StagedRow[] = []
    for await (const { row, cells } of readRows(options.input, {
      fileName: file,
      sheet: options.sheet,
    })) {
      if (columns === null) {
        const match = matchHeader(kind, cells)
        if (!match.ok) {
          if ('missing' in match) {
            throw new ImportFileError('import.file.missingColumns', {
              file,
              columns: match.missing.join(', '),
            })
          }
          throw new ImportFileError('import.file.duplicateColumn', {
            file,
            column: match.duplicate,
          })
        }
        columns = match.columns
        continue
      }
      if (cells.every((c) => c.trim() === '')) continue
      preview.rowsRead++
      const record: Record<string, string> = Object.fromEntries(allColumns.map((c) => [c, '']))
      for (const [i, column] of columns.entries()) if (column) record[column] = cells[i] ?? ''
      const result = resolveRow(kind, record, row, ctx)
      if (result.ok) {
        const first = seen.get(result.key)
        if (first !== undefined) {
          preview.rowsInvalid++
          const column = kind === 'publications' ? 'year' : 'external_id'
          report({
            file,
            row,
            column,
            value: record[column] ?? null,
            key: 'import.error.duplicateId',
            params: { row: first },
          })
          continue
        }
        seen.set(result.key, row)
        preview.rowsValid++
        pending.push(result.row)
        if (pending.length >= STAGE_BATCH) {
          await stageRows(db, kind, pending)
          pending = []
        }
      } else {
        preview.rowsInvalid++
        for (const issue of result.issues) {
          report({
            file,
            row,
            column: issue.column,
            value: issue.column ? (record[issue.column] ?? '') : null,
            key: issue.key,
            ...(issue.params ? { params: issue.params } : {}),
          })
        }
      }
    }
    if (columns === null) throw new ImportFileError('import.file.empty', { file })
    if (preview.rowsRead === 0) throw new ImportFileError('import.file.noRows', { file })
    await stageRows(db, kind, pending)
  } catch (error) {
    if (!(error instanceof ImportFileError)) {
      await abandon(db, kind, batchId)
      throw error
    }
    preview.fileError = true
    preview.status = 'cancelled'
    preview.errorCount = 1
    preview.errors = [
      { file, row: null, column: null, value: null, key: error.key, params: error.params },
    ]
    await deleteStaged(db, kind, batchId)
    await updateBatch(db, batchId, {
      status: 'cancelled',
      rowsRead: preview.rowsRead,
      errors: preview.errors,
    })
    return preview
  }

  const compared = await compareStaged(db, kind, batchId)
  preview.rowsNew = compared.inserted
  preview.rowsUpdated = compared.updated
  preview.rowsUnchanged = compared.unchanged
  await updateBatch(db, batchId, {
    rowsRead: preview.rowsRead,
    rowsAccepted: preview.rowsValid,
    rowsRejected: preview.rowsInvalid,
    rowsInserted: compared.inserted,
    rowsUpdated: compared.updated,
    rowsUnchanged: compared.unchanged,
    errors: preview.errors,
  })
  return preview
}

async function abandon(db: Db, kind: ImportKind, batchId: number) {
  try {
    await deleteStaged(db, kind, batchId)
    await updateBatch(db, batchId, { status: 'cancelled' })
  } catch {
    // The original error matters more; a stale preview batch writes nothing.
  }
}

export class ImportStateError extends Error {}

export interface CommitResult {
  batchId: number
  rowsInserted: number
  rowsUpdated: number
  rowsUnchanged: number
}

/**
 * Writes a previewed batch in one transaction. A batch with invalid rows is written only when
 * the user accepts to import its valid rows (`acceptInvalid`); otherwise nothing is written.
 */
export async function commitImport(
  db: Db,
  batchId: number,
  options: { acceptInvalid?: boolean } = {},
): Promise<CommitResult> {
  return db.transaction().execute(async (trx) => {
    const batch = await lockBatch(trx, batchId)
    if (!batch) throw new ImportStateError(`import batch ${batchId} does not exist`)
    if (batch.status !== 'preview') {
      throw new ImportStateError(`import batch ${batchId} is ${batch.status}, not a preview`)
    }
    if (batch.rowsRejected > 0 && !options.acceptInvalid) {
      throw new ImportStateError(
        `import batch ${batchId} has ${batch.rowsRejected} invalid rows: correct the file, or accept to import only the valid rows`,
      )
    }
    const last = await stagedRowNumberRange(trx, batch.kind, batchId)
    for (let after = 0; after < last; after += COMMIT_SLICE) {
      await commitSlice(trx, batch.kind, batchId, after, after + COMMIT_SLICE)
    }
    if (batch.kind === 'cases' || batch.kind === 'surveys') {
      await linkSurveysToCasesOfBatch(trx, batchId, batch.kind)
    }
    const written = await writtenCounts(trx, batchId)
    const stored = await batchById(trx, batchId)
    const unchanged = (stored?.rowsAccepted ?? 0) - written.inserted - written.updated
    await deleteStaged(trx, batch.kind, batchId)
    await updateBatch(trx, batchId, {
      status: 'committed',
      committedAt: new Date(),
      rowsInserted: written.inserted,
      rowsUpdated: written.updated,
      rowsUnchanged: unchanged,
    })
    return {
      batchId,
      rowsInserted: written.inserted,
      rowsUpdated: written.updated,
      rowsUnchanged: unchanged,
    }
  })
}

export async function cancelImport(db: Db, batchId: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const batch = await lockBatch(trx, batchId)
    if (!batch) throw new ImportStateError(`import batch ${batchId} does not exist`)
    if (batch.status !== 'preview') {
      throw new ImportStateError(`import batch ${batchId} is ${batch.status}, not a preview`)
    }
    await deleteStaged(trx, batch.kind, batchId)
    await updateBatch(trx, batchId, { status: 'cancelled' })
  })
}

/**
 * Undoes a committed batch in one transaction: the rows it updated get their previous version
 * back, the rows it inserted are deleted. Refused when a later committed batch wrote the same
 * rows (undo that one first), so no later change is silently lost.
 */
export async function undoImport(db: Db, batchId: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const batch = await lockBatch(trx, batchId)
    if (!batch) throw new ImportStateError(`import batch ${batchId} does not exist`)
    if (batch.status !== 'committed') {
      throw new ImportStateError(`import batch ${batchId} is ${batch.status}, not committed`)
    }
    const later = await laterBatchOverRows(trx, batchId)
    if (later !== null) {
      throw new ImportStateError(
        `import batch ${batchId} cannot be undone: batch ${later} changed the same rows later (undo it first)`,
      )
    }
    await undoBatchRows(trx, batch.kind, batchId)
    await updateBatch(trx, batchId, { status: 'undone', undoneAt: new Date() })
  })
}

export async function importHistory(db: Db, limit = 50) {
  return recentBatches(db, limit)
}

export async function importBatch(db: Db, batchId: number) {
  return batchById(db, batchId)
}
