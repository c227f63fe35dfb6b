// /data/export?format=csv|csv-excel|xlsx plus the page's filters: the data-freshness table as a
// file, built by the same server module as the page, in the same scope (another region: 404).
import type { LoaderFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { pageOutOfScope, requireUser, userScope } from '~/accounts/policy.server'
import { EXPORT_FORMATS } from '~/exports/export-formats'
import { tableDownload } from '~/exports/table-export.server'
import { downloadLoader, parsePageInput, queryObject } from '~/http/request-input.server'
import { requestTranslator } from '~/i18n/language.server'
import { DataQuery, dataExport, RegionOutOfScope } from '~/monitoring/data-page.server'

const DataExportQuery = DataQuery.extend({ format: z.enum(EXPORT_FORMATS) })

export const loader = downloadLoader(async ({ request, context }: LoaderFunctionArgs) => {
  const user = await requireUser(request, context)
  const { lang } = requestTranslator(request)
  const scope = await userScope(context.db, user)
  const { format, ...query } = parsePageInput(DataExportQuery, queryObject(request))
  try {
    return tableDownload(await dataExport(context.db, scope, query, lang, new Date()), format)
  } catch (error) {
    if (error instanceof RegionOutOfScope) throw pageOutOfScope()
    throw error
  }
})
