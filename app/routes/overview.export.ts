// /overview/export?…&export=csv|xlsx&table=matrix|ranking — a table of the national overview as
// a file: the same loader path as the page (same filters, same scope, same numbers), then
// table-export.server.ts. `/?export=…` redirects here (a page route cannot answer with a file).
import type { LoaderFunctionArgs } from '@remix-run/node'
import { downloadLoader, parsePageInput, queryObject } from '~/http/request-input.server'
import { requestTranslator } from '~/i18n/language.server'
import {
  OverviewQuery,
  nationalOverviewPage,
  overviewExportTable,
} from '~/dashboards/national-overview.server'
import { requireUser, userScope } from '~/accounts/policy.server'
import { exportFormatOf, tableDownload } from '~/exports/table-export.server'

const notFound = () =>
  new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } })

export const loader = downloadLoader(async ({ request, context }: LoaderFunctionArgs) => {
  const user = await requireUser(request, context)
  const format = exportFormatOf(new URL(request.url)) ?? 'csv'
  const { lang, t } = requestTranslator(request)
  const input = parsePageInput(OverviewQuery, queryObject(request))
  const scope = await userScope(context.db, user)
  const page = await nationalOverviewPage(context.db, input, lang, new Date(), scope)
  if (!page) throw notFound()
  const table = overviewExportTable(page, input.table ?? 'matrix', (s) => t(`status.${s}`))
  if (!table) throw notFound()
  return tableDownload(table, format)
})
