// /offices/:id/export?table=indicators|monthly|late&format=csv|xlsx plus the view's filters: one
// table of the office view as a file, in the caller's scope (404 outside it, like the page).
import type { LoaderFunctionArgs } from '@remix-run/node'
import { ExportQuery, OfficeViewQuery } from '~/dashboards/query.server'
import { found, officeRequest, withDashboardErrors } from '~/dashboards/page-request.server'
import { downloadLoader, pageNotFound, parsePageInput } from '~/http/request-input.server'
import { officeExport, type OfficeTable } from '~/dashboards/office-view.server'
import { tableDownload } from '~/exports/table-export.server'

const TABLES: readonly string[] = ['indicators', 'monthly', 'late'] satisfies OfficeTable[]

export const loader = downloadLoader(async (args: LoaderFunctionArgs) => {
  const { lang, params, scope, input } = await officeRequest(args)
  const { table, format } = parsePageInput(ExportQuery, input)
  if (!TABLES.includes(table)) throw pageNotFound('error.notFound.body')
  const query = parsePageInput(OfficeViewQuery, input)
  const file = await withDashboardErrors(() =>
    officeExport(args.context.db, params.id, query, table as OfficeTable, lang, new Date(), scope),
  )
  return tableDownload(found(file), format)
})
