// /open-data/:year/:scope/v:N.{pdf,xlsx,csv,json}[?lang=ru] — a published edition, public, with a
// stable address: `scope` is `national` or a region's ISO 3166-2:KZ code. Published only.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { openDataDownload } from '~/annual-reports/pages.server'

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  return openDataDownload(request, context, params)
}
