// The Import page's server side (/imports, issue 4): the view model (upload form, the preview of
// one batch, the undo confirmation, the history), the form actions (commit, cancel, undo, and the
// scale of a survey file of only 0 and 1 — decision 0018 — each with the session's CSRF token) and the upload (POST /imports/upload: a plain multipart form
// without JS, an XMLHttpRequest with a progress bar with it). Scope: importerAccess — an
// administrator reaches every batch, a regional user those limited to its region; for the roles
// that cannot import the page does not exist (404).
import { data, redirect, type AppLoadContext } from '@remix-run/node'
import { z } from 'zod'
import { auditSource } from '../accounts/audit.server'
import { readForm } from '../http/request-input.server'
import { requestTranslator } from '../i18n/language.server'
import { displayTimeZone, formatDate, formatLocales } from '../i18n/format'
import type { Language } from '../i18n/languages'
import type { Translator } from '../i18n/translate'
import {
  pageOutOfScope,
  requireCsrf,
  requireUser,
  type CurrentUser,
} from '../accounts/policy.server'
import type { BatchSummary } from '../../db/queries/imports'
import { batchSurveyScale } from '../../db/queries/survey-scale'
import { SURVEY_SCALES, type SurveyScale } from '../domain/survey-scale'
import { importerAccess, type ImporterAccess } from './access.server'
import { IMPORT_KINDS } from '../../db/schema'
import { importKind } from '../http/input-schemas.server'
import {
  cancelImport,
  commitImport,
  confirmSurveyScale,
  importBatch,
  importHistory,
  ImportStateError,
  previewImport,
  undoImport,
  type ImportStateCode,
} from './import.server'
import type { ImportError } from './issues.server'
import { scaleText } from './messages.server'
import { createReadStream } from 'node:fs'
import { ImportSourceRefused } from './sources.server'
import { MB, readUpload, UploadTooLarge } from './upload.server'
import { pageMessages } from '../i18n/messages.server'
import { UPLOAD_ERROR_CODES, UPLOAD_ERROR_KEY, type UploadErrorCode } from './upload-errors'

const HISTORY_LIMIT = 50

/** Page input: the batch shown, the batch to confirm an undo of, an upload's error. */
const PageQuery = z.object({
  batch: z.coerce.number().int().positive().optional().catch(undefined),
  undo: z.coerce.number().int().positive().optional().catch(undefined),
  upload_error: z.enum(UPLOAD_ERROR_CODES).optional().catch(undefined),
})

/** A form button's request: commit (optionally only the valid rows), cancel, undo. */
const PageAction = z.discriminatedUnion('intent', [
  z.object({
    intent: z.literal('commit'),
    batch: z.coerce.number().int().positive(),
    accept_valid: z.literal('1').optional(),
  }),
  z.object({ intent: z.literal('cancel'), batch: z.coerce.number().int().positive() }),
  z.object({ intent: z.literal('undo'), batch: z.coerce.number().int().positive() }),
  // The answer to a survey file of only 0 and 1: which scale it uses.
  z.object({
    intent: z.literal('scale'),
    batch: z.coerce.number().int().positive(),
    scale: z.enum(SURVEY_SCALES),
  }),
])

/** The upload form's fields. */
const UploadForm = z.object({
  kind: importKind,
  source: z.string().trim().min(1).max(100),
  sheet: z
    .string()
    .trim()
    .max(100)
    .optional()
    .transform((s) => (s ? s : undefined)),
  /** Surveys: the answers' scale; empty — inferred from the file. */
  survey_scale: z
    .enum(['', ...SURVEY_SCALES])
    .optional()
    .transform((s) => (s ? (s as SurveyScale) : null)),
})

async function requireImporter(
  request: Request,
  context: AppLoadContext,
): Promise<{ user: CurrentUser; access: ImporterAccess }> {
  const user = await requireUser(request, context)
  const access = await importerAccess(context.db, user)
  if (!access) throw pageOutOfScope()
  return { user, access }
}

/** Date and time in Astana, formatted on the server (the same text the browser hydrates). */
function dateTime(lang: Language, value: unknown): string {
  const at = new Date(value as Date | string)
  const time = new Intl.DateTimeFormat(formatLocales[lang], {
    timeZone: displayTimeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at)
  return `${formatDate(lang, at)} ${time}`
}

function errorLine(t: Translator['t'], e: ImportError) {
  return {
    file: e.file,
    row: e.row,
    column: e.column,
    value: e.value,
    message: t(e.key, e.params),
  }
}

export async function importsPage(request: Request, context: AppLoadContext) {
  const { user, access } = await requireImporter(request, context)
  const { t, lang } = requestTranslator(request)
  const query = PageQuery.parse(Object.fromEntries(new URL(request.url).searchParams))
  const prefix = user.role === 'regional_qc' && user.regionCode ? `${user.regionCode}/` : null
  const history = await importHistory(context.db, {
    limit: HISTORY_LIMIT,
    scope: access.scope,
  })
  const shown = query.batch ? await importBatch(context.db, query.batch, access.scope) : null
  if (query.batch && !shown) throw pageOutOfScope()
  const scale = shown?.kind === 'surveys' ? await batchSurveyScale(context.db, shown.id) : null
  const undoing = query.undo ? await importBatch(context.db, query.undo, access.scope) : null
  if (query.undo && !undoing) throw pageOutOfScope()

  const view = (b: BatchSummary) => ({
    id: b.id,
    kind: b.kind,
    kindName: t(`imports.upload.kinds.${b.kind}`),
    source: b.source,
    fileName: b.fileName ?? '',
    status: b.status,
    user: b.userName ?? t('imports.history.operator'),
    created: dateTime(lang, b.createdAt),
    committed: b.committedAt === null ? null : dateTime(lang, b.committedAt),
    rowsRead: b.rowsRead,
    rowsValid: b.rowsAccepted,
    rowsInvalid: b.rowsRejected,
    rowsNew: b.rowsInserted,
    rowsUpdated: b.rowsUpdated,
    rowsUnchanged: b.rowsUnchanged,
  })
  const preview = shown && {
    ...view(shown),
    errors: (shown.errors as unknown as ImportError[]).map((e) => errorLine(t, e)),
    /** A file that could not be read at all: one error without a row. */
    fileError:
      shown.status === 'cancelled' &&
      (shown.errors as unknown as ImportError[]).some((e) => e.row === null) &&
      shown.rowsAccepted === 0,
    /** A survey file: how its answers were read; `ask`: only 0 and 1, the user says the scale. */
    surveyScale: scale && { text: scaleText(t, scale), ask: scale.basis === 'unconfirmed' },
  }
  return data(
    {
      title: t('imports.title'),
      messages: pageMessages(lang, 'imports'),
      kinds: IMPORT_KINDS.map((kind) => ({ kind, name: t(`imports.upload.kinds.${kind}`) })),
      region: user.role === 'regional_qc' ? user.regionCode : null,
      // A regional user's sources are its region's (decision 0015): the prefix stands fixed
      // beside the field, and the suggestions are shown without it.
      sourcePrefix: prefix,
      limitMb: context.env.SAPA_IMPORT_MAX_MB,
      sources: [
        ...new Set(
          history.map((b) =>
            prefix && b.source.startsWith(prefix) ? b.source.slice(prefix.length) : b.source,
          ),
        ),
      ].slice(0, 20),
      uploadError: query.upload_error ?? null,
      preview,
      undo: undoing && undoing.status === 'committed' ? view(undoing) : null,
      history: history.map(view),
    },
    { headers: { 'Cache-Control': 'no-store' } },
  )
}

export type ImportsActionResult = {
  batch: number
  error: { code: ImportStateCode; params: Record<string, string | number> }
}

export async function importsAction(request: Request, context: AppLoadContext) {
  const { user, access } = await requireImporter(request, context)
  const form = await readForm(request)
  requireCsrf(request, context, form, user)
  const parsed = PageAction.safeParse(Object.fromEntries(form))
  if (!parsed.success) throw new Response('Bad form', { status: 400 })
  const input = parsed.data
  const actor = { userId: user.id, source: auditSource(request, context) }
  const back = (batch: number) => redirect(`/imports?batch=${batch}#preview`, 303)
  try {
    switch (input.intent) {
      case 'commit':
        await commitImport(context.db, input.batch, {
          acceptInvalid: input.accept_valid === '1',
          actor,
          scope: access.scope,
        })
        return back(input.batch)
      case 'cancel':
        await cancelImport(context.db, input.batch, { scope: access.scope })
        return back(input.batch)
      case 'undo':
        await undoImport(context.db, input.batch, { actor, scope: access.scope })
        return back(input.batch)
      case 'scale':
        await confirmSurveyScale(context.db, input.batch, input.scale, { scope: access.scope })
        return back(input.batch)
    }
  } catch (error) {
    if (error instanceof ImportStateError) {
      if (error.code === 'notFound') throw pageOutOfScope()
      const result: ImportsActionResult = {
        batch: input.batch,
        error: { code: error.code, params: error.params },
      }
      return data(result, { status: 409 })
    }
    throw error
  }
}

/**
 * POST /imports/upload: reads the multipart form (file to a temporary file, within the size
 * limit), previews it and sends the browser to the preview. An XMLHttpRequest (Accept:
 * application/json) gets `{ location }` or `{ error, message }` instead of a redirect.
 */
export async function importUpload(request: Request, context: AppLoadContext) {
  const { user, access } = await requireImporter(request, context)
  const wantsJson = (request.headers.get('Accept') ?? '').includes('application/json')
  const { t } = requestTranslator(request)
  const limitMb = context.env.SAPA_IMPORT_MAX_MB
  const fail = (code: UploadErrorCode, status: number) => {
    if (!wantsJson) return redirect(`/imports?upload_error=${code}`, 303)
    const message = t(`imports.uploadError.${UPLOAD_ERROR_KEY[code]}`, {
      mb: String(limitMb),
      prefix: user.regionCode ? `${user.regionCode}/` : '',
    })
    return Response.json({ error: code, message }, { status })
  }
  // Not a multipart form (no body, another type): the CSRF check answers 403 — never a 500.
  if (!/^multipart\/form-data\b/i.test(request.headers.get('Content-Type') ?? '')) {
    requireCsrf(request, context, new FormData(), user)
    return fail('no_file', 400)
  }
  let upload: Awaited<ReturnType<typeof readUpload>> | null = null
  try {
    upload = await readUpload(request, limitMb * MB)
    const form = new FormData()
    form.set('_csrf', upload.fields._csrf ?? '')
    requireCsrf(request, context, form, user)
    const fields = UploadForm.safeParse(upload.fields)
    if (!upload.file || upload.file.size === 0) return fail('no_file', 400)
    if (!fields.success)
      return fail(fields.error.issues[0]?.path[0] === 'source' ? 'no_source' : 'failed', 400)
    const preview = await previewImport(context.db, {
      kind: fields.data.kind,
      fileName: upload.file.name,
      input: createReadStream(upload.file.path),
      source: fields.data.source,
      sheet: fields.data.sheet,
      surveyScale: fields.data.survey_scale,
      userId: user.id,
      allowedRegionIds: access.allowedRegionIds,
    })
    const location = `/imports?batch=${preview.batchId}#preview`
    return wantsJson ? Response.json({ location }) : redirect(location, 303)
  } catch (error) {
    if (error instanceof UploadTooLarge) return fail('too_large', 413)
    // Another region's source: the source field's error, whatever is stored (decision 0015).
    if (error instanceof ImportSourceRefused) return fail('source_region', 403)
    throw error
  } finally {
    await upload?.remove()
  }
}
