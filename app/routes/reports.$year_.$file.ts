// /reports/:year/draft.{pdf,xlsx,csv,json}?region=KZ-11&lang=ru — the live draft for a signed-in
// reader of its scope (published editions: /open-data/…). `lang` is the report's language.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { reportDraftDownload } from '~/annual-reports/pages.server'

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  return reportDraftDownload(request, context, params)
}
