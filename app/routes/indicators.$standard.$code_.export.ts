// /indicators/:standard/:code/export?table=cases&format=csv|xlsx plus the drill-down's filters:
// the cases behind the number as a file (the chosen subset, every page), in the caller's scope.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { ExportQuery } from '~/dashboards/query.server'
import { drillDownExport } from '~/dashboards/drill-down.server'
import { drillDownRequest, found, withDashboardErrors } from '~/dashboards/page-request.server'
import { downloadLoader, pageNotFound, parsePageInput } from '~/http/request-input.server'
import { tableDownload } from '~/exports/table-export.server'

export const loader = downloadLoader(async (args: LoaderFunctionArgs) => {
  const { lang, params, query, access, input } = await drillDownRequest(args)
  const { table, format } = parsePageInput(ExportQuery, input)
  if (table !== 'cases') throw pageNotFound('error.notFound.body')
  const file = await withDashboardErrors(() =>
    drillDownExport(args.context.db, params, query, lang, new Date(), access),
  )
  return tableDownload(found(file), format)
})
