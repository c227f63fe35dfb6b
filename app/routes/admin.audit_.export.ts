// /admin/audit/export?export=csv|xlsx plus the audit page's filters: the whole filtered audit log
// as a file (app/exports/table-export.server.ts), built from the same query as the page. Administrators
// only (404 for anyone else).
import type { LoaderFunctionArgs } from '@remix-run/node'
import { AuditQuery, auditDownload } from '~/admin/audit-page.server'
import { downloadLoader, parsePageInput, queryObject } from '~/http/request-input.server'
import { requestTranslator } from '~/i18n/language.server'
import { requireAdmin, requireUser } from '~/accounts/policy.server'
import { exportFormatOf } from '~/exports/table-export.server'

export const loader = downloadLoader(async ({ request, context }: LoaderFunctionArgs) => {
  requireAdmin(await requireUser(request, context), request)
  const { export: _format, lang: _lang, page: _page, ...input } = queryObject(request)
  const query = parsePageInput(AuditQuery, input)
  const tr = requestTranslator(request)
  return auditDownload(context.db, query, tr, exportFormatOf(new URL(request.url)) ?? 'csv')
})
