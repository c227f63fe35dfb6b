// The two-step import (issue 4, docs/domain.md §2 "Import batch"): previewImport reads a file once,
// validates every row and stages the valid ones (derived, in import_staged_*), recording a batch
// with its counts and first errors; commitImport writes the staged rows in one transaction
// (nothing is written if it fails); cancelImport drops them; undoImport restores what a committed
// batch changed. Every door (CLI, API, page) goes through these four functions.
import type { Db } from '../../db/client.server'
import type { ImportKind } from '../../db/schema'
import {
  analyzeStaged,
  tidyAfterCommit,
  clearStagedOfCommit,
  batchById,
  commitStaged,
  compareStaged,
  countStaged,
  deleteStaged,
  expirePreviews,
  insertBatch,
  kindOfBatch,
  laterBatchOverRows,
  linkSurveysToCasesOfBatch,
  lockBatch,
  nextCommitSeq,
  recentBatches,
  removeDuplicateStaged,
  StagedRowWriter,
  stagedOverRowOutside,
  stagePayload,
  takeImportTurn,
  officesWrittenByBatch,
  undoBatchRows,
  updateBatch,
  type BatchScope,
} from '../../db/queries/imports'
import { makeCaseYearPartitions } from '../../db/queries/case-partitions'
import { batchErrors, batchSurveyScale, setBatchSurveyScale } from '../../db/queries/survey-scale'
import { audit, type AuditSource } from '../accounts/audit.server'
import { enqueueAlertsAfterImport } from '../alerts/after-import.server'
import type { ScaleReading, SurveyScale } from '../domain/survey-scale'
import { loadWriteContext } from '../facts/fact-writer.server'
import type { ImportStateCode } from './batch-states'
import { caseCellIndex } from './case-cells.server'
import { FORMATS, matchHeader } from './formats.server'
import type { ImportError } from './issues.server'
import { ImportFileError, readRowBatches, type FileInput } from './read-file.server'
import { resolveCaseCells, resolveRow, type RowContext, type RowResult } from './rows.server'
import { RepeatedKeys } from './repeated-keys'
import { resolveStagedScale, SurveyScaleReader } from './survey-scale.server'
import { ImportSourceRefused, regionCodes, sourceForImporter, sourcePrefix } from './sources.server'
import { printableCell } from './values.server'
import { enqueuePageWarm } from '../dashboards/page-warm.server'

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
  /**
   * A survey file: how its answers' scale was chosen (null for the other kinds). Basis
   * 'unconfirmed' (only 0 and 1): the commit waits for confirmSurveyScale, and the new / updated
   * / unchanged counts are known only then.
   */
  surveyScale: ScaleReading | null
}

export const MAX_ERRORS = 100
/** A preview nobody committed or cancelled within this time is closed (its staged rows go). */
export const PREVIEW_LIFETIME_MS = 24 * 60 * 60 * 1000

/** Who acts, from where: written to the audit log with each commit and undo. */
export interface ImportActor {
  userId: number | null
  source: AuditSource
}

export interface PreviewOptions {
  kind: ImportKind
  fileName: string
  input: FileInput
  /** The source as the caller named it: stored as sourceForImporter decides (decision 0015). */
  source: string
  userId?: number | null
  /** The regions the user imports for (null: every region and the nation's sources) — from the
   *  policy module. */
  allowedRegionIds?: readonly number[] | null
  sheet?: string
  /** A survey file's scale as the user states it (otherwise inferred from the file). */
  surveyScale?: SurveyScale | null
  /**
   * The current time: abandoned previews older than PREVIEW_LIFETIME_MS are closed, and no date
   * of a row may be later (rows.server.ts).
   */
  now?: Date
}

/**
 * The stored name of the source a caller imports through (decision 0015): a regional caller's
 * name without a region gets its region's prefix; another region's name is refused with
 * ImportSourceRefused — a rule on the name alone. The doors call it before they read a body;
 * previewImport applies it again.
 */
export async function importSource(
  db: Db,
  given: string,
  allowedRegionIds: readonly number[] | null,
): Promise<{ source: string; regionId: number | null }> {
  const regions = await regionCodes(db)
  const owned = sourceForImporter(given, regions, allowedRegionIds)
  if (!owned.ok) {
    throw new ImportSourceRefused(
      given.trim(),
      owned.reason,
      sourcePrefix(regions, allowedRegionIds),
    )
  }
  return { source: owned.source, regionId: owned.regionId }
}

/** Closes the previews left open for longer than PREVIEW_LIFETIME_MS; returns how many. */
export async function expireAbandonedPreviews(db: Db, now: Date = new Date()): Promise<number> {
  return expirePreviews(db, new Date(now.getTime() - PREVIEW_LIFETIME_MS))
}

/**
 * Reads, checks and stages a file (see the module's comment). The source is resolved first: a
 * regional caller's name gets its region's prefix, another region's is refused
 * (ImportSourceRefused, before anything is read or stored); a region's source takes only rows of
 * that region's offices, whoever imports, and the batch is limited to that region.
 */
export async function previewImport(db: Db, options: PreviewOptions): Promise<ImportPreview> {
  const { kind, fileName: file } = options
  const now = options.now ?? new Date()
  const owned = await importSource(db, options.source, options.allowedRegionIds ?? null)
  const source = owned.source
  const allowed = owned.regionId === null ? null : [owned.regionId]
  await expireAbandonedPreviews(db, now)
  const batchId = await insertBatch(db, {
    kind,
    source,
    fileName: file,
    userId: options.userId ?? null,
    regionIds: allowed,
  })
  const ctx: RowContext = {
    write: await loadWriteContext(db),
    source,
    batchId,
    allowedRegionIds: allowed ? new Set(allowed) : null,
    now: now.getTime(),
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
    surveyScale: null,
  }
  const report = (error: ImportError) => {
    preview.errorCount++
    if (preview.errors.length >= MAX_ERRORS) return
    preview.errors.push(error.value ? { ...error, value: printableCell(error.value) } : error)
  }

  // Staging runs while the next rows are parsed: at most one payload in flight, its error kept
  // until awaited.
  let inFlight: Promise<unknown> | null = null
  const settle = async () => {
    const failure = await inFlight
    inFlight = null
    if (failure) throw failure
  }
  const stage = async (payload: Uint8Array | null) => {
    if (payload === null) return
    await settle()
    inFlight = stagePayload(db, kind, payload).then(
      () => null,
      (error: unknown) => error ?? new Error('staging failed'),
    )
  }
  const staged = new StagedRowWriter(kind, batchId)
  // Records keyed by external id: the keys seen twice, so that the search for repeats in SQL
  // reads only those (a publication's key is searched for in SQL whole).
  const repeated = kind === 'publications' ? null : new RepeatedKeys()
  let scaleReader: SurveyScaleReader | null = null

  try {
    let resolve: ((cells: string[], row: number) => RowResult) | null = null
    let columns: (string | null)[] = []
    const allColumns = FORMATS[kind].map((c) => c.name)
    for await (const batch of readRowBatches(options.input, {
      fileName: file,
      sheet: options.sheet,
    })) {
      // A turn of the event loop between batches (a few hundred rows): input already buffered
      // is otherwise read, checked and encoded in one run of microtasks until the next COPY
      // wait — 0.9–1.8 s of a 50,000-row file during which no request was answered, /healthz
      // included (decision 0016).
      await new Promise((resolve) => setImmediate(resolve))
      for (const { row, cells } of batch) {
        if (resolve === null) {
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
          resolve = rowResolver(kind, columns, allColumns, ctx)
          if (kind === 'surveys') {
            scaleReader = new SurveyScaleReader(columns, options.surveyScale ?? null)
          }
          continue
        }
        if (isBlank(cells)) continue
        preview.rowsRead++
        scaleReader?.observe(cells, row)
        const result = resolve(cells, row)
        if (result.ok) {
          preview.rowsValid++
          repeated?.add(result.key)
          const payload = staged.add(result.row)
          if (payload !== null) await stage(payload)
        } else {
          preview.rowsInvalid++
          for (const issue of result.issues) {
            const i = issue.column === null ? -1 : columns.indexOf(issue.column)
            report({
              file,
              row,
              column: issue.column,
              value: issue.column ? (i < 0 ? '' : (cells[i] ?? '')) : null,
              key: issue.key,
              ...(issue.params ? { params: issue.params } : {}),
            })
          }
        }
      }
    }
    if (resolve === null) throw new ImportFileError('import.file.empty', { file })
    if (preview.rowsRead === 0) throw new ImportFileError('import.file.noRows', { file })
    await stage(staged.finish())
    await settle()
  } catch (error) {
    await inFlight // never leave a statement running behind the cleanup
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

  // Fresh planner statistics before the staged rows are joined (duplicates, compare, commit).
  if (preview.rowsValid >= ANALYZE_AFTER_ROWS) await analyzeStaged(db, kind)
  if (scaleReader) {
    // The whole file is read: its scale is known (or is the user's to confirm), and the staged
    // answers are read on it.
    const reading = scaleReader.decide()
    preview.surveyScale = reading
    await setBatchSurveyScale(db, batchId, reading)
    const conflicts = await resolveStagedScale(db, batchId, reading, file, MAX_ERRORS, (r, c) =>
      scaleReader!.cell(r, c),
    )
    preview.rowsValid -= conflicts.rows
    preview.rowsInvalid += conflicts.rows
    preview.errorCount += conflicts.cells
    preview.errors = byRow([...preview.errors, ...conflicts.errors])
  }
  // A key repeated within the file: the later rows are errors naming the first.
  const duplicates = await removeDuplicateStaged(
    db,
    kind,
    batchId,
    MAX_ERRORS,
    repeated?.candidates() ?? null,
  )
  if (duplicates.total > 0) {
    const keyColumn = kind === 'publications' ? 'year' : 'external_id'
    preview.rowsValid -= duplicates.total
    preview.rowsInvalid += duplicates.total
    preview.errorCount += duplicates.total
    preview.errors = byRow([
      ...preview.errors,
      ...duplicates.first.map((d): ImportError => ({
        file,
        row: d.rowNumber,
        column: keyColumn,
        value: d.value,
        key: 'import.error.duplicateId',
        params: { row: d.firstRow },
      })),
    ])
  }
  // Unconfirmed, the staged answers are not read yet: nothing to compare them with.
  const compared =
    preview.surveyScale?.basis === 'unconfirmed'
      ? { inserted: 0, updated: 0, unchanged: 0, years: null }
      : await compareStaged(db, kind, batchId)
  // Cases are kept by year (decision 0044): the years the file holds get their partitions now,
  // in a statement of their own, not inside the commit's long transaction (making one locks
  // the whole table while it lasts).
  if (compared.years) await makeCaseYearPartitions(db, compared.years.first, compared.years.last)
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

/** Errors in row order (a stable sort keeps a row's own in column order), the first MAX_ERRORS. */
function byRow(errors: ImportError[]): ImportError[] {
  return errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)).slice(0, MAX_ERRORS)
}

/** Past this many staged rows, fresh statistics give the compare and the commit a good plan. */
const ANALYZE_AFTER_ROWS = 20_000

function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false
  return true
}

/**
 * How a file's rows are read once its header is known: cases — the bulk of every import — by
 * the hand-written parser, the other kinds by their Zod schemas over a record of the row.
 */
function rowResolver(
  kind: ImportKind,
  columns: (string | null)[],
  allColumns: string[],
  ctx: RowContext,
): (cells: string[], row: number) => RowResult {
  if (kind === 'cases') {
    const index = caseCellIndex(columns)
    return (cells, row) => resolveCaseCells(cells, index, row, ctx)
  }
  return (cells, row) => {
    const record: Record<string, string> = Object.fromEntries(allColumns.map((c) => [c, '']))
    for (const [i, column] of columns.entries()) if (column) record[column] = cells[i] ?? ''
    return resolveRow(kind, record, row, ctx)
  }
}

async function abandon(db: Db, kind: ImportKind, batchId: number) {
  try {
    await deleteStaged(db, kind, batchId)
    await updateBatch(db, batchId, { status: 'cancelled' })
  } catch {
    // The original error matters more; a stale preview batch writes nothing.
  }
}

/** Why a batch cannot be committed, cancelled or undone now (the page shows it by code). */
export type { ImportStateCode }

export class ImportStateError extends Error {
  constructor(
    readonly code: ImportStateCode,
    readonly params: Record<string, string | number>,
    message: string,
  ) {
    super(message)
  }
}

/** The batch does not exist, or not for this caller (outside its regions). */
export class ImportBatchNotFound extends ImportStateError {
  constructor(batchId: number) {
    super('notFound', { batch: batchId }, `import batch ${batchId} does not exist`)
  }
}

export interface CommitResult {
  batchId: number
  rowsInserted: number
  rowsUpdated: number
  rowsUnchanged: number
}

/**
 * The batch, locked, if the caller's scope reaches it — after the turn of its kind
 * (takeImportTurn): the commits and undos of a kind run one after another.
 */
async function lockInScope(db: Db, batchId: number, scope: BatchScope) {
  const kind = await kindOfBatch(db, batchId)
  if (!kind) throw new ImportBatchNotFound(batchId)
  await takeImportTurn(db, kind)
  const batch = await lockBatch(db, batchId)
  if (!batch) throw new ImportBatchNotFound(batchId)
  if (scope !== null) {
    const regions = batch.regionIds
    if (regions === null || !regions.every((id) => scope.includes(id))) {
      throw new ImportBatchNotFound(batchId)
    }
  }
  return batch
}

const SYSTEM: ImportActor = { userId: null, source: { ip: null, userAgent: null } }

/**
 * Writes a previewed batch in one transaction, with its audit row. A batch with invalid rows is
 * written only when the user accepts to import its valid rows (`acceptInvalid`); otherwise
 * nothing is written.
 */
export async function commitImport(
  db: Db,
  batchId: number,
  options: {
    acceptInvalid?: boolean
    actor?: ImportActor
    scope?: BatchScope
    /** Queue the evaluation of the alert rules for the batch's offices (default: yes). */
    alerts?: boolean
  } = {},
): Promise<CommitResult> {
  let kind: ImportKind | null = null
  let staged: 'emptied' | 'deleted' = 'deleted'
  const result = await db.transaction().execute(async (trx) => {
    const batch = await lockInScope(trx, batchId, options.scope ?? null)
    kind = batch.kind
    if (batch.status !== 'preview') {
      throw new ImportStateError(
        'notPreview',
        { batch: batchId, status: batch.status },
        `import batch ${batchId} is ${batch.status}, not a preview`,
      )
    }
    if (
      batch.kind === 'surveys' &&
      (await batchSurveyScale(trx, batchId))?.basis === 'unconfirmed'
    ) {
      throw new ImportStateError(
        'scaleUnconfirmed',
        { batch: batchId },
        `import batch ${batchId} holds only 0 and 1 answers: say whether they are yes/no or the 1–5 scale first`,
      )
    }
    if (batch.rowsRejected > 0 && !options.acceptInvalid) {
      throw new ImportStateError(
        'invalidRows',
        { batch: batchId, count: batch.rowsRejected },
        `import batch ${batchId} has ${batch.rowsRejected} invalid rows: correct the file, or accept to import only the valid rows`,
      )
    }
    // Staged rows live in unlogged tables: a crash of the database server empties them.
    if ((await countStaged(trx, batch.kind, batchId)) !== batch.rowsAccepted) {
      throw new ImportStateError(
        'stagedLost',
        { batch: batchId },
        `import batch ${batchId} lost its staged rows (the database restarted): upload the file again`,
      )
    }
    // Defence in depth: a region's batch never replaces a row of another region's office (only
    // rows stored before sources belonged to regions can be such).
    if (batch.regionIds !== null) {
      const outside = await stagedOverRowOutside(trx, batch.kind, batchId, batch.regionIds)
      if (outside) {
        throw new ImportStateError(
          'storedOutsideRegion',
          { batch: batchId, row: outside.rowNumber },
          `import batch ${batchId} cannot be written: row ${outside.rowNumber} would replace a stored record of an office outside the batch's region`,
        )
      }
    }
    // The preview's counts (rows_inserted and rows_unchanged until the commit records its own):
    // a batch whose every row was new is written by a plain insert (decision 0035).
    const written = await commitStaged(trx, batch.kind, batchId, {
      skipUnchanged: batch.rowsUnchanged > 0,
      allNew: batch.rowsAccepted > 0 && batch.rowsInserted === batch.rowsAccepted,
    })
    if (batch.kind === 'cases' || batch.kind === 'surveys') {
      await linkSurveysToCasesOfBatch(trx, batchId, batch.kind)
    }
    const unchanged = batch.rowsAccepted - written.inserted - written.updated
    if (options.alerts !== false) {
      await enqueueAlertsAfterImport(trx, {
        batchId,
        event: 'commit',
        offices:
          written.inserted + written.updated > 0
            ? await officesWrittenByBatch(trx, batch.kind, batchId)
            : [],
        leftOut: batch.rowsRejected > 0,
      })
    }
    staged = await clearStagedOfCommit(trx, batch.kind, batchId)
    await updateBatch(trx, batchId, {
      status: 'committed',
      committedAt: new Date(),
      commitSeq: await nextCommitSeq(trx),
      rowsInserted: written.inserted,
      rowsUpdated: written.updated,
      rowsUnchanged: unchanged,
    })
    const actor = options.actor ?? { ...SYSTEM, userId: batch.userId }
    await audit(trx, {
      userId: actor.userId,
      action: 'import.commit',
      entity: 'import_batch',
      entityId: batchId,
      after: {
        kind: batch.kind,
        source: batch.source,
        fileName: batch.fileName,
        rowsRead: batch.rowsRead,
        rowsAccepted: batch.rowsAccepted,
        rowsRejected: batch.rowsRejected,
        rowsInserted: written.inserted,
        rowsUpdated: written.updated,
        rowsUnchanged: unchanged,
      },
      source: actor.source,
    })
    return {
      batchId,
      rowsInserted: written.inserted,
      rowsUpdated: written.updated,
      rowsUnchanged: unchanged,
    }
  })
  // Housekeeping the embedded database never does on its own (it has no autovacuum): staged rows
  // the commit deleted (when another batch's were staged beside them) stay in the staging
  // table's index, and PGlite then costs that index below zero — the next batch's commit joined
  // by nested loops over the whole table (a 3,000-row batch after a 50,000-row one: 110–130 s
  // instead of 0.6 s). And a table a large batch wrote to gets fresh statistics (decision 0016).
  // Outside the transaction: VACUUM cannot run in one.
  if (kind) await tidyAfterCommit(db, kind, result.rowsInserted + result.rowsUpdated, staged)
  // The numbers of the new data version computed before the first official asks (decision 0037).
  await enqueuePageWarm(db)
  return result
}

/**
 * The user's answer to a survey preview of only 0 and 1 (basis 'unconfirmed'): reads the staged
 * answers on `scale` — on 1–5 a 0 is then an error on its row — and counts the rows again; the
 * preview can be committed afterwards. Refused for any other batch.
 */
export async function confirmSurveyScale(
  db: Db,
  batchId: number,
  scale: SurveyScale,
  options: { scope?: BatchScope } = {},
): Promise<ScaleReading> {
  return db.transaction().execute(async (trx) => {
    const batch = await lockInScope(trx, batchId, options.scope ?? null)
    const asked = batch.kind === 'surveys' ? await batchSurveyScale(trx, batchId) : null
    if (batch.status !== 'preview' || asked?.basis !== 'unconfirmed') {
      throw new ImportStateError(
        'scaleNotAsked',
        { batch: batchId },
        `import batch ${batchId} does not wait for a survey scale`,
      )
    }
    const reading: ScaleReading = { scale, basis: 'confirmed', evidence: asked.evidence }
    const file = batch.fileName ?? ''
    const conflicts = await resolveStagedScale(trx, batchId, reading, file, MAX_ERRORS)
    const compared = await compareStaged(trx, 'surveys', batchId)
    await setBatchSurveyScale(trx, batchId, reading)
    const earlier = (await batchErrors(trx, batchId)) as ImportError[]
    await updateBatch(trx, batchId, {
      rowsAccepted: batch.rowsAccepted - conflicts.rows,
      rowsRejected: batch.rowsRejected + conflicts.rows,
      rowsInserted: compared.inserted,
      rowsUpdated: compared.updated,
      rowsUnchanged: compared.unchanged,
      errors: byRow([...earlier, ...conflicts.errors]),
    })
    return reading
  })
}

export async function cancelImport(
  db: Db,
  batchId: number,
  options: { scope?: BatchScope } = {},
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const batch = await lockInScope(trx, batchId, options.scope ?? null)
    if (batch.status !== 'preview') {
      throw new ImportStateError(
        'notPreview',
        { batch: batchId, status: batch.status },
        `import batch ${batchId} is ${batch.status}, not a preview`,
      )
    }
    await deleteStaged(trx, batch.kind, batchId)
    await updateBatch(trx, batchId, { status: 'cancelled' })
  })
}

export interface UndoResult {
  batchId: number
  rowsRestored: number
  rowsDeleted: number
}

/**
 * Undoes a committed batch in one transaction, with its audit row: the rows it updated get their
 * previous version back, the rows it inserted are deleted. Refused when a batch committed later
 * wrote the same rows (undo that one first), so no later change is silently lost; refused too
 * when the undo would delete or rewrite rows another batch wrote (a batch that updated rows
 * without saving their previous version, committed beside another before commits took turns).
 */
export async function undoImport(
  db: Db,
  batchId: number,
  options: {
    actor?: ImportActor
    scope?: BatchScope
    /** Queue the evaluation of the alert rules for the batch's offices (default: yes). */
    alerts?: boolean
  } = {},
): Promise<UndoResult> {
  const result = await db.transaction().execute(async (trx) => {
    const batch = await lockInScope(trx, batchId, options.scope ?? null)
    if (batch.status !== 'committed') {
      throw new ImportStateError(
        'notCommitted',
        { batch: batchId, status: batch.status },
        `import batch ${batchId} is ${batch.status}, not committed`,
      )
    }
    const later = await laterBatchOverRows(trx, batch.kind, batchId, batch.commitSeq!)
    if (later !== null) {
      throw new ImportStateError(
        'laterBatch',
        { batch: batchId, later },
        `import batch ${batchId} cannot be undone: batch ${later} changed the same rows later (undo it first)`,
      )
    }
    const touched =
      options.alerts !== false ? await officesWrittenByBatch(trx, batch.kind, batchId) : []
    const { restored, deleted, versions } = await undoBatchRows(trx, batch.kind, batchId)
    if (restored < versions || deleted > batch.rowsInserted) {
      // Thrown inside the transaction: nothing of the undo stays.
      const count = versions - restored + Math.max(0, deleted - batch.rowsInserted)
      throw new ImportStateError(
        'otherBatchRows',
        { batch: batchId, count },
        `import batch ${batchId} cannot be undone: ${count} of the rows it would delete or restore were written by another batch (its previous versions were not saved)`,
      )
    }
    if (options.alerts !== false) {
      await enqueueAlertsAfterImport(trx, {
        batchId,
        event: 'undo',
        offices: touched,
        leftOut: true,
      })
    }
    await updateBatch(trx, batchId, { status: 'undone', undoneAt: new Date() })
    const actor = options.actor ?? SYSTEM
    await audit(trx, {
      userId: actor.userId,
      action: 'import.undo',
      entity: 'import_batch',
      entityId: batchId,
      before: { status: 'committed' },
      after: {
        status: 'undone',
        kind: batch.kind,
        source: batch.source,
        fileName: batch.fileName,
        rowsRestored: restored,
        rowsDeleted: deleted,
      },
      source: actor.source,
    })
    return { batchId, rowsRestored: restored, rowsDeleted: deleted }
  })
  await enqueuePageWarm(db)
  return result
}

/** The latest batches the caller's scope reaches, newest first. */
export async function importHistory(db: Db, options: { limit?: number; scope?: BatchScope } = {}) {
  return recentBatches(db, { limit: options.limit ?? 50, scope: options.scope ?? null })
}

export async function importBatch(db: Db, batchId: number, scope: BatchScope = null) {
  return batchById(db, batchId, scope)
}
