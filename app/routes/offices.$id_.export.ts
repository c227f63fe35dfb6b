// /offices/:id/export?table=indicators|monthly|late&format=csv|xlsx plus the view's filters: one
// table of the office view as a file, in the caller's scope (404 outside it, like the page).
import type { LoaderFunctionArgs } from '@remix-run/node'
import { ExportQuery, OfficeParams, OfficeViewQuery } from '~/dashboards/query.server'
import {
  downloadLoader,
  pageNotFound,
  parseInput,
  parsePageInput,
  queryObject,
} from '~/http/request-input.server'
import { requestTranslator } from '~/i18n/language.server'
import { officeExport, type OfficeTable } from '~/dashboards/office-view.server'
import { AccessDenied, pageOutOfScope, requireUser, userScope } from '~/accounts/policy.server'
import { UnknownStandardError } from '~/dashboards/region-dashboard.server'
import { tableDownload } from '~/exports/table-export.server'

const TABLES: readonly string[] = ['indicators', 'monthly', 'late'] satisfies OfficeTable[]

export const loader = downloadLoader(async ({ request, params, context }: LoaderFunctionArgs) => {
  const user = await requireUser(request, context)
  const { lang } = requestTranslator(request)
  const parsed = parseInput(OfficeParams, params)
  if (!parsed.ok) throw pageNotFound('error.notFound.body')
  const scope = await userScope(context.db, user)
  const input = queryObject(request)
  const { table, format } = parsePageInput(ExportQuery, input)
  if (!TABLES.includes(table)) throw pageNotFound('error.notFound.body')
  const query = parsePageInput(OfficeViewQuery, input)
  try {
    const file = await officeExport(
      context.db,
      parsed.value.id,
      query,
      table as OfficeTable,
      lang,
      new Date(),
      scope,
    )
    if (!file) throw pageNotFound('error.notFound.body')
    return tableDownload(file, format)
  } catch (error) {
    if (error instanceof AccessDenied) throw pageOutOfScope()
    if (error instanceof UnknownStandardError) {
      throw pageNotFound('error.standardNotFound', { id: error.id })
    }
    throw error
  }
})
