// /regions/:code/export?table=…&format=csv|xlsx plus the dashboard's filters: one table of the
// region dashboard as a file, built by the same server module as the page, in the same scope.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { ExportQuery, RegionDashboardQuery } from '~/dashboards/query.server'
import {
  downloadLoader,
  pageNotFound,
  parseInput,
  parsePageInput,
  queryObject,
} from '~/http/request-input.server'
import { requestTranslator } from '~/i18n/language.server'
import { canRead, pageOutOfScope, requireUser, userScope } from '~/accounts/policy.server'
import { RegionParams } from '~/reference/views.server'
import {
  regionExport,
  UnknownStandardError,
  type RegionTable,
} from '~/dashboards/region-dashboard.server'
import { tableDownload } from '~/exports/table-export.server'

export const loader = downloadLoader(async ({ request, params, context }: LoaderFunctionArgs) => {
  const user = await requireUser(request, context)
  const { lang } = requestTranslator(request)
  const parsed = parseInput(RegionParams, params)
  if (!parsed.ok) throw pageNotFound('error.regionNotFound', { code: params.code ?? '' })
  const code = parsed.value.code
  const scope = await userScope(context.db, user)
  if (!canRead(scope, { regionCode: code })) throw pageOutOfScope()
  const input = queryObject(request)
  const { table, format } = parsePageInput(ExportQuery, input)
  if (table === 'cases') throw pageNotFound('error.notFound.body')
  const query = parsePageInput(RegionDashboardQuery, input)
  try {
    const file = await regionExport(
      context.db,
      code,
      query,
      table as RegionTable,
      lang,
      new Date(),
      scope,
    )
    if (!file) throw pageNotFound('error.regionNotFound', { code })
    return tableDownload(file, format)
  } catch (error) {
    if (error instanceof UnknownStandardError) {
      throw pageNotFound('error.standardNotFound', { id: error.id })
    }
    throw error
  }
})
