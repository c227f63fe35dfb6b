// The import API door: the query string's schema and the preview → commit sequence of
// POST /api/v1/import/<kind>, shared with the CLI's rule (invalid rows write nothing unless
// the caller accepts the valid ones).
import { z } from 'zod'
import type { Db } from '../../db/client.server'
import { sameSecret } from '../auth.server'
import { userScope, type CurrentUser } from '../policy.server'
import { dictionaryFor, resolveLanguage } from '../i18n/language.server'
import { createTranslator } from '../i18n/translate'
import type { ImportKind } from './formats.server'
import { cancelImport, commitImport, previewImport, type CommitResult } from './import.server'
import { previewToWire } from './messages.server'
import type { FileInput } from './read-file.server'

const flag = z
  .enum(['0', '1', 'true', 'false'])
  .optional()
  .transform((v) => v === '1' || v === 'true')

export const ImportApiQuery = z.object({
  source: z.string().trim().min(1, 'is required').max(100),
  dry_run: flag,
  accept_valid: flag,
  sheet: z.string().optional(),
  file_name: z.string().max(200).optional(),
  lang: z.string().optional(),
})

/**
 * Who may import, and which offices' rows: an administrator any office, a regional
 * quality-control user the offices of its region; the other roles read only (null: 403).
 * A request signed in by session cookie (not a Bearer token) must carry the session's CSRF token
 * in X-CSRF-Token, so that another site cannot post a file in the user's name.
 */
export async function importAccess(
  db: Db,
  request: Request,
  user: CurrentUser,
): Promise<{ userId: number; allowedRegionIds: number[] | null } | null> {
  if (user.role !== 'admin' && user.role !== 'regional_qc') return null
  if (user.via === 'session' && !sameSecret(request.headers.get('X-CSRF-Token'), user.csrfToken)) {
    return null
  }
  const scope = await userScope(db, user)
  return { userId: user.id, allowedRegionIds: scope.regions === 'all' ? null : scope.regions.ids }
}

const EXTENSIONS: Record<string, string> = {
  'text/csv': 'csv',
  'application/json': 'json',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
}

async function bodyOf(request: Request): Promise<{ input: FileInput; name: string | null }> {
  const type = (request.headers.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (type === 'multipart/form-data') {
    const file = (await request.formData()).get('file')
    if (file && typeof file !== 'string') {
      return { input: new Uint8Array(await file.arrayBuffer()), name: file.name || null }
    }
    return { input: new Uint8Array(0), name: null }
  }
  const stream = request.body as unknown as AsyncIterable<Uint8Array> | null
  return { input: stream ?? new Uint8Array(0), name: null }
}

export async function importViaApi(
  db: Db,
  request: Request,
  kind: ImportKind,
  query: z.output<typeof ImportApiQuery>,
  options: { userId?: number | null; allowedRegionIds?: readonly number[] | null } = {},
): Promise<{ status: number; body: unknown }> {
  const { lang } = resolveLanguage(request)
  const { t } = createTranslator(lang, dictionaryFor(lang))
  const { input, name } = await bodyOf(request)
  const type = (request.headers.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase()
  const fileName = query.file_name ?? name ?? `${kind}.${EXTENSIONS[type] ?? 'csv'}`
  const preview = await previewImport(db, {
    kind,
    fileName,
    input,
    source: query.source,
    sheet: query.sheet,
    userId: options.userId ?? null,
    allowedRegionIds: options.allowedRegionIds ?? null,
  })
  const wire = previewToWire(t, preview)
  if (preview.fileError) return { status: 422, body: { preview: wire, committed: null } }
  if (query.dry_run) {
    await cancelImport(db, preview.batchId)
    return { status: 200, body: { preview: { ...wire, status: 'cancelled' }, committed: null } }
  }
  if (preview.errorCount > 0 && !query.accept_valid) {
    await cancelImport(db, preview.batchId)
    return { status: 422, body: { preview: { ...wire, status: 'cancelled' }, committed: null } }
  }
  const result: CommitResult = await commitImport(db, preview.batchId, {
    acceptInvalid: query.accept_valid,
  })
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
}
