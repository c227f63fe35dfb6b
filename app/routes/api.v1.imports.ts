// GET /api/v1/imports[?limit=50] — the import batch history the caller reaches, newest first:
// who, when, kind, source, file, counts, status. An administrator sees every batch, a regional
// user the batches limited to its region; the roles that cannot import get 403.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { apiJson, parseApiQuery } from '~/http/request-input.server'
import { batchToWire, importAccess, ImportHistoryQuery } from '~/import/api.server'
import { importHistory } from '~/import/import.server'
import { apiForbidden, requireUser } from '~/accounts/policy.server'

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context)
  const access = await importAccess(context.db, request, user, { write: false })
  if (!access) return apiForbidden()
  const { limit } = parseApiQuery(ImportHistoryQuery, request)
  const batches = await importHistory(context.db, { limit, scope: access.scope })
  return apiJson({ batches: batches.map(batchToWire) })
}
