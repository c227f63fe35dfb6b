// POST /api/v1/import/<cases|surveys|complaints|publications>?source=NAME[&dry_run=1]
//   [&accept_valid=1][&sheet=NAME][&file_name=NAME][&survey_scale=yes-no|1-5][&lang=kk|ru|en]
// Body: the CSV, XLSX or JSON (an array of objects keyed by column) as sent, or a multipart form
// with a `file` field. Returns the preview (counts, first errors with messages in the caller's
// language) and, unless dry_run, the commit. A file with invalid rows writes nothing unless
// accept_valid=1 (then 422 with the preview; the batch is cancelled). A body over
// SAPA_IMPORT_MAX_MB is a 413. A survey file's answer scale is survey_scale, the file's
// answer_scale column, or inferred from its answers; one of only 0 and 1 needs survey_scale
// (otherwise 422, nothing written — preview.survey_scale.basis is "unconfirmed").
// Who may import: app/import/access.server.ts (admin; regional_qc for its region's offices — a
// row of another region's office is an error naming the row and column — through its region's
// sources: `source=egov` is stored as `KZ-11/egov`, another region's `KZ-75/…` is a 403 before
// the body is read; decision 0015). A commit refused whole is a 409.
import type { ActionFunctionArgs } from '@remix-run/node'
import { auditSource } from '~/accounts/audit.server'
import { importKind } from '~/http/input-schemas.server'
import { apiJson, apiNotFound, parseApiQuery } from '~/http/request-input.server'
import { importAccess, importViaApi, ImportApiQuery } from '~/import/api.server'
import { MB } from '~/import/upload.server'
import { apiForbidden, requireUser } from '~/accounts/policy.server'

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context)
  if (request.method !== 'POST') return apiJson({ error: 'method_not_allowed' }, 405)
  const access = await importAccess(context.db, request, user)
  if (!access) return apiForbidden()
  const kind = importKind.safeParse(params.kind)
  if (!kind.success) return apiNotFound(`no import kind "${params.kind}"`)
  const query = parseApiQuery(ImportApiQuery, request)
  const { status, body } = await importViaApi(context.db, request, kind.data, query, {
    access,
    actor: { userId: user.id, source: auditSource(request, context) },
    limitBytes: context.env.SAPA_IMPORT_MAX_MB * MB,
  })
  return apiJson(body, status)
}

export async function loader({ request, context }: ActionFunctionArgs) {
  await requireUser(request, context)
  return apiJson({ error: 'method_not_allowed', message: 'POST a file to import' }, 405)
}
