// The import API doors: POST /api/v1/import/<kind> (the preview → commit sequence, shared with the
// CLI's rule: invalid rows write nothing unless the caller accepts the valid ones), the history
// GET /api/v1/imports and POST /api/v1/imports/<id>/undo. Query schemas, access and wire shapes.
import { createReadStream } from 'node:fs'
import { z } from 'zod'
import type { Db } from '../../db/client.server'
import type { BatchSummary } from '../../db/queries/imports'
import { sameSecret } from '../accounts/auth.server'
import { SURVEY_SCALES } from '../domain/survey-scale'
import type { CurrentUser } from '../accounts/policy.server'
import { resolveLanguage } from '../i18n/language.server'
import { translatorFor } from '../i18n/messages.server'
import { importerAccess, type ImporterAccess } from './access.server'
import type { ImportKind } from './formats.server'
import {
  cancelImport,
  commitImport,
  importSource,
  ImportStateError,
  previewImport,
  type CommitResult,
  type ImportActor,
} from './import.server'
import { previewToWire } from './messages.server'
import type { FileInput } from './read-file.server'
import { ImportSourceRefused } from './sources.server'
import { BodyMeter, readUpload, refuseTooLarge, UploadTooLarge, type Upload } from './upload.server'

const flag = z
  .enum(['0', '1', 'true', 'false'])
  .optional()
  .transform((v) => v === '1' || v === 'true')

export const ImportApiQuery = z.object({
  source: z.string().trim().min(1, 'is required').max(100),
  dry_run: flag,
  accept_valid: flag,
  sheet: z.string().optional(),
  /** A survey file's answer scale; otherwise inferred, and a file of only 0 and 1 is refused. */
  survey_scale: z.enum(SURVEY_SCALES).optional(),
  file_name: z.string().max(200).optional(),
  lang: z.string().optional(),
})

export const ImportHistoryQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
})

export const ImportBatchParams = z.object({ id: z.coerce.number().int().positive() })

/**
 * Who may import, and which offices' rows (importerAccess): null for the roles that read only.
 * A change (`write`) signed in by session cookie — not a Bearer token — must carry the session's
 * CSRF token in X-CSRF-Token, so that another site cannot post in the user's name.
 */
export async function importAccess(
  db: Db,
  request: Request,
  user: CurrentUser,
  options: { write?: boolean } = { write: true },
): Promise<ImporterAccess | null> {
  if (
    options.write !== false &&
    user.via === 'session' &&
    !sameSecret(request.headers.get('X-CSRF-Token'), user.csrfToken)
  ) {
    return null
  }
  return importerAccess(db, user)
}

const EXTENSIONS: Record<string, string> = {
  'text/csv': 'csv',
  'application/json': 'json',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
}

async function bodyOf(
  request: Request,
  limitBytes: number,
): Promise<{
  input: FileInput
  name: string | null
  upload: Upload | null
  meter: BodyMeter | null
}> {
  const type = (request.headers.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (type === 'multipart/form-data') {
    const upload = await readUpload(request, limitBytes)
    return {
      input: upload.file ? createReadStream(upload.file.path) : new Uint8Array(0),
      name: upload.file?.name ?? null,
      upload,
      meter: null,
    }
  }
  // Announced over the limit: read and dropped (up to a bound), then the 413.
  await refuseTooLarge(request, limitBytes, 0)
  // A raw body, counted as it streams (chunked or not): past the limit the import stops with
  // UploadTooLarge; a file error found before its end leaves the rest to meter.finish().
  const meter = new BodyMeter(request.body, limitBytes)
  return { input: meter.chunks(), name: null, upload: null, meter }
}

export function tooLargeBody(error: UploadTooLarge) {
  return { error: 'payload_too_large', message: error.message, limit_bytes: error.limitBytes }
}

export async function importViaApi(
  db: Db,
  request: Request,
  kind: ImportKind,
  query: z.output<typeof ImportApiQuery>,
  options: {
    access?: Pick<ImporterAccess, 'userId' | 'allowedRegionIds'> | null
    actor?: ImportActor
    limitBytes: number
  },
): Promise<{ status: number; body: unknown }> {
  const { lang } = resolveLanguage(request)
  const { t } = translatorFor(lang)
  let upload: Upload | null = null
  let meter: BodyMeter | null = null
  try {
    // Another region's source is refused before the body is read (403, whatever is stored).
    await importSource(db, query.source, options.access?.allowedRegionIds ?? null)
    const body = await bodyOf(request, options.limitBytes)
    upload = body.upload
    meter = body.meter
    const type = (request.headers.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase()
    const fileName = query.file_name ?? body.name ?? `${kind}.${EXTENSIONS[type] ?? 'csv'}`
    const preview = await previewImport(db, {
      kind,
      fileName,
      input: body.input,
      source: query.source,
      sheet: query.sheet,
      surveyScale: query.survey_scale ?? null,
      userId: options.access?.userId ?? null,
      allowedRegionIds: options.access?.allowedRegionIds ?? null,
    })
    const wire = previewToWire(t, preview)
    if (preview.fileError) return { status: 422, body: { preview: wire, committed: null } }
    if (query.dry_run) {
      await cancelImport(db, preview.batchId)
      return { status: 200, body: { preview: { ...wire, status: 'cancelled' }, committed: null } }
    }
    // A file of only 0 and 1 is not guessed at: the caller says its scale (survey_scale).
    const unconfirmed = preview.surveyScale?.basis === 'unconfirmed'
    if (unconfirmed || (preview.errorCount > 0 && !query.accept_valid)) {
      await cancelImport(db, preview.batchId)
      return { status: 422, body: { preview: { ...wire, status: 'cancelled' }, committed: null } }
    }
    let result: CommitResult
    try {
      result = await commitImport(db, preview.batchId, {
        acceptInvalid: query.accept_valid,
        actor: options.actor,
      })
    } catch (error) {
      // Refused whole (a stored row of another region's office under a region's source): the
      // batch is closed, nothing was written.
      if (!(error instanceof ImportStateError)) throw error
      await cancelImport(db, preview.batchId)
      return {
        status: 409,
        body: {
          error: 'conflict',
          message: error.message,
          preview: { ...wire, status: 'cancelled' },
          committed: null,
        },
      }
    }
    return {
      status: 200,
      body: {
        preview: { ...wire, status: 'committed' },
        committed: {
          batch_id: result.batchId,
          rows_inserted: result.rowsInserted,
          rows_updated: result.rowsUpdated,
          rows_unchanged: result.rowsUnchanged,
        },
      },
    }
  } catch (error) {
    if (error instanceof UploadTooLarge) return { status: 413, body: tooLargeBody(error) }
    if (error instanceof ImportSourceRefused) {
      return { status: 403, body: { error: 'forbidden', message: error.message } }
    }
    throw error
  } finally {
    // The rest of a body the preview stopped reading (a file error, the limit): read and
    // dropped, so that the answer is sent rather than the connection dropped.
    await meter?.finish()
    await upload?.remove()
  }
}

/** An instant as ISO 8601 (the schema declares created_at a Generated<Timestamp>). */
function iso(value: unknown): string {
  return new Date(value as Date | string).toISOString()
}

/** A history line as the API returns it. */
export function batchToWire(b: BatchSummary) {
  return {
    id: b.id,
    kind: b.kind,
    source: b.source,
    file_name: b.fileName,
    status: b.status,
    user: b.userId === null ? null : { id: b.userId, name: b.userName, email: b.userEmail },
    created_at: iso(b.createdAt),
    committed_at: b.committedAt === null ? null : iso(b.committedAt),
    undone_at: b.undoneAt === null ? null : iso(b.undoneAt),
    rows_read: b.rowsRead,
    rows_valid: b.rowsAccepted,
    rows_invalid: b.rowsRejected,
    rows_new: b.rowsInserted,
    rows_updated: b.rowsUpdated,
    rows_unchanged: b.rowsUnchanged,
  }
}
