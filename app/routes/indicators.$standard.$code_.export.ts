// /indicators/:standard/:code/export?table=cases&format=csv|xlsx plus the drill-down's filters:
// the cases behind the number as a file (the chosen subset, every page), in the caller's scope.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { DrillDownParams, DrillDownQuery, ExportQuery } from '~/dashboards/query.server'
import { drillDownExport } from '~/dashboards/drill-down.server'
import {
  downloadLoader,
  pageNotFound,
  parseInput,
  parsePageInput,
  queryObject,
} from '~/http/request-input.server'
import { requestTranslator } from '~/i18n/language.server'
import { UnknownScopeError } from '~/indicators/engine.server'
import {
  AccessDenied,
  indicatorAccess,
  pageOutOfScope,
  requireUser,
  userScope,
} from '~/accounts/policy.server'
import { tableDownload } from '~/exports/table-export.server'

export const loader = downloadLoader(async ({ request, params, context }: LoaderFunctionArgs) => {
  const user = await requireUser(request, context)
  const { lang } = requestTranslator(request)
  const parsed = parseInput(DrillDownParams, params)
  if (!parsed.ok) throw pageNotFound('error.notFound.body')
  const scope = await userScope(context.db, user)
  const input = queryObject(request)
  const { table, format } = parsePageInput(ExportQuery, input)
  if (table !== 'cases') throw pageNotFound('error.notFound.body')
  const query = parsePageInput(DrillDownQuery, input)
  try {
    const access = await indicatorAccess(context.db, scope, {
      region: query.region,
      district: query.district,
      office: query.office,
      standard: parsed.value.standard,
      year: query.year,
    })
    const file = await drillDownExport(context.db, parsed.value, query, lang, new Date(), access)
    if (!file) throw pageNotFound('error.notFound.body')
    return tableDownload(file, format)
  } catch (error) {
    if (error instanceof AccessDenied || error instanceof UnknownScopeError) {
      throw pageOutOfScope()
    }
    throw error
  }
})
