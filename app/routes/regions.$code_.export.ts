// /regions/:code/export?table=…&format=csv|xlsx plus the dashboard's filters: one table of the
// region dashboard as a file, built by the same server module as the page, in the same scope.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { ExportQuery, RegionDashboardQuery } from '~/dashboards/query.server'
import { downloadLoader, pageNotFound, parsePageInput } from '~/http/request-input.server'
import { found, regionRequest, withDashboardErrors } from '~/dashboards/page-request.server'
import { regionExport, type RegionTable } from '~/dashboards/region-dashboard.server'
import { tableDownload } from '~/exports/table-export.server'

export const loader = downloadLoader(async (args: LoaderFunctionArgs) => {
  const { lang, params, scope, input } = await regionRequest(args)
  const { code } = params
  const { table, format } = parsePageInput(ExportQuery, input)
  if (table === 'cases') throw pageNotFound('error.notFound.body')
  const query = parsePageInput(RegionDashboardQuery, input)
  const file = await withDashboardErrors(() =>
    regionExport(args.context.db, code, query, table as RegionTable, lang, new Date(), scope),
  )
  return tableDownload(
    found(file, () => pageNotFound('error.regionNotFound', { code })),
    format,
  )
})
