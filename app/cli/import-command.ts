// `sapa import <kind> <file> --source NAME [--dry-run] [--accept-valid] [--sheet NAME]
//   [--survey-scale yes-no|1-5] [--lang kk|ru|en] [--as EMAIL]`: previews the file, prints the
// counts and errors (and a survey file's answer scale), and commits unless --dry-run. A survey
// file of only 0 and 1 answers writes nothing without --survey-scale (decision 0018). A file with invalid rows writes nothing unless --accept-valid (then its valid
// rows are written); the exit code is 1 whenever the file has errors, so scripts notice them.
// The operator imports any office's rows; `--as` names a user whose import scope applies instead
// (a regional department: its region's offices only, through its region's sources — `egov` is
// stored as `KZ-11/egov`, another region's source is a usage error; the roles that read only:
// refused).
// `sapa import-history` and `sapa undo-import <id>` are the history and undo doors (below).
import { createReadStream } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { Db } from '../../db/client.server'
import { userForSignIn } from '../../db/queries/accounts'
import { CLI_SOURCE } from '../accounts/audit.server'
import { importerAccess, type ImporterAccess } from '../import/access.server'
import { batchToWire } from '../import/api.server'
import { IMPORT_KINDS } from '../../db/schema'
import { isImportKind } from '../import/formats.server'
import {
  cancelImport,
  commitImport,
  importHistory,
  importSource,
  ImportStateError,
  previewImport,
  undoImport,
  type ImportActor,
} from '../import/import.server'
import { errorText, scaleText, summaryText } from '../import/messages.server'
import { ImportSourceRefused } from '../import/sources.server'
import { isSurveyScale } from '../domain/survey-scale'
import { translatorFor } from '../i18n/messages.server'
import { isLanguage } from '../i18n/languages'
import { UsageError } from './usage-error'

/** The CLI operator: database access, no account; audited as the CLI. */
const OPERATOR: ImportActor = { userId: null, source: CLI_SOURCE }

export async function importCommand(
  db: Db,
  args: string[],
): Promise<{
  output: string
  exitCode: number
  batchId: number
  /** How long the preview (read, check, stage) and the commit took, in ms. */
  timings: { previewMs: number; commitMs: number }
}> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      source: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'accept-valid': { type: 'boolean', default: false },
      sheet: { type: 'string' },
      'survey-scale': { type: 'string' },
      lang: { type: 'string', default: 'en' },
      as: { type: 'string' },
    },
  })
  const [kind, file] = positionals
  if (!kind || !isImportKind(kind)) {
    throw new UsageError(`import: the kind must be one of ${IMPORT_KINDS.join(', ')}`)
  }
  if (!file) throw new UsageError('import: name the file to import')
  if (!values.source)
    throw new UsageError('import: --source NAME is required (the system the file comes from)')
  if (!isLanguage(values.lang)) throw new UsageError('--lang must be kk, ru or en')
  const scale = values['survey-scale']
  if (scale !== undefined && !isSurveyScale(scale)) {
    throw new UsageError('--survey-scale must be yes-no or 1-5')
  }
  const { t } = translatorFor(values.lang)
  const access = values.as === undefined ? null : await importerAs(db, values.as)
  const actor: ImportActor = access ? { userId: access.userId, source: CLI_SOURCE } : OPERATOR

  if (access) {
    // `--as` a regional user with another region's source (decision 0015): refused by name.
    await importSource(db, values.source, access.allowedRegionIds).catch((error: unknown) => {
      if (error instanceof ImportSourceRefused) {
        throw new UsageError(`--as ${values.as}: ${error.message}`)
      }
      throw error
    })
  }
  const started = performance.now()
  const preview = await previewImport(db, {
    kind,
    fileName: path.basename(file),
    input: createReadStream(file, { highWaterMark: 1024 * 1024 }),
    source: values.source,
    sheet: values.sheet,
    surveyScale: scale ?? null,
    userId: access?.userId ?? null,
    allowedRegionIds: access?.allowedRegionIds ?? null,
  })
  const previewed = performance.now()
  const lines = [summaryText(t, preview), `source: ${preview.source}`]
  if (preview.surveyScale) lines.push(scaleText(t, preview.surveyScale))
  lines.push(...preview.errors.map((e) => errorText(t, e)))
  if (preview.errorCount > preview.errors.length) {
    lines.push(`… ${preview.errorCount - preview.errors.length} more errors`)
  }
  const unconfirmed = preview.surveyScale?.basis === 'unconfirmed'
  const hasErrors = preview.errorCount > 0 || unconfirmed
  let refused = false
  if (preview.fileError) {
    // previewImport already closed the batch.
  } else if (values['dry-run']) {
    await cancelImport(db, preview.batchId)
    lines.push('dry run: nothing written')
  } else if (unconfirmed) {
    await cancelImport(db, preview.batchId)
    lines.push('nothing written: add --survey-scale yes-no or --survey-scale 1-5')
  } else if (hasErrors && !values['accept-valid']) {
    await cancelImport(db, preview.batchId)
    lines.push('nothing written: correct the file, or add --accept-valid to write the valid rows')
  } else {
    try {
      const result = await commitImport(db, preview.batchId, {
        acceptInvalid: values['accept-valid'],
        actor,
        scope: access?.scope ?? null,
      })
      lines.push(
        `committed batch ${result.batchId}: ${result.rowsInserted} new, ${result.rowsUpdated} updated, ${result.rowsUnchanged} unchanged`,
      )
    } catch (error) {
      // Refused whole (e.g. a stored row of another region's office): nothing was written.
      if (!(error instanceof ImportStateError)) throw error
      await cancelImport(db, preview.batchId)
      lines.push(`nothing written: ${error.message}`)
      refused = true
    }
  }
  return {
    output: lines.join('\n') + '\n',
    exitCode: hasErrors || refused ? 1 : 0,
    batchId: preview.batchId,
    timings: { previewMs: previewed - started, commitMs: performance.now() - previewed },
  }
}

/** `--as EMAIL`: that user's import scope (the policy module decides, as for the page and API). */
async function importerAs(db: Db, email: string): Promise<ImporterAccess> {
  const user = await userForSignIn(db, email)
  if (!user || !user.active) throw new UsageError(`--as: no active user ${email}`)
  const access = await importerAccess(db, user)
  if (!access) throw new UsageError(`--as ${email}: this role may not import`)
  return access
}

/**
 * `sapa import-history [--limit N] [--format text|json]`: the latest batches, newest first — id,
 * when, status, kind, source, file, who, rows read / new / updated / unchanged / invalid.
 */
export async function importHistoryCommand(db: Db, args: string[]): Promise<string> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      limit: { type: 'string', default: '20' },
      format: { type: 'string', default: 'text' },
    },
  })
  const limit = Number(values.limit)
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) {
    throw new UsageError('import-history: --limit must be a whole number from 1 to 500')
  }
  if (values.format !== 'text' && values.format !== 'json') {
    throw new UsageError('import-history: --format must be text or json')
  }
  const batches = (await importHistory(db, { limit })).map(batchToWire)
  if (values.format === 'json') return JSON.stringify(batches, null, 2) + '\n'
  if (batches.length === 0) return 'no import batches\n'
  const header = [
    'id',
    'created',
    'status',
    'kind',
    'source',
    'file',
    'by',
    'read',
    'new',
    'updated',
    'unchanged',
    'invalid',
  ]
  const rows = batches.map((b) => [
    String(b.id),
    b.created_at.slice(0, 16).replace('T', ' '),
    b.status,
    b.kind,
    b.source,
    b.file_name ?? '',
    b.user?.email ?? 'cli',
    String(b.rows_read),
    String(b.rows_new),
    String(b.rows_updated),
    String(b.rows_unchanged),
    String(b.rows_invalid),
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  return (
    [header, ...rows]
      .map((r) =>
        r
          .map((cell, i) => cell.padEnd(widths[i]!))
          .join('  ')
          .trimEnd(),
      )
      .join('\n') + '\n'
  )
}

/** `sapa undo-import <batch-id>`: undoes a committed batch (audited as the CLI operator). */
export async function undoImportCommand(db: Db, args: string[]): Promise<string> {
  const { positionals } = parseArgs({ args, strict: true, allowPositionals: true, options: {} })
  const id = Number(positionals[0])
  if (positionals.length !== 1 || !Number.isInteger(id) || id < 1) {
    throw new UsageError('undo-import: name the batch id (see import-history)')
  }
  const undone = await undoImport(db, id, { actor: OPERATOR })
  return `undid batch ${undone.batchId}: ${undone.rowsRestored} rows restored to their previous version, ${undone.rowsDeleted} rows deleted\n`
}
