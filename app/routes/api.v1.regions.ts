// GET /api/v1/regions?year=YYYY — the regions valid that year (default: the current year).
import type { LoaderFunctionArgs } from '@remix-run/node'
import { apiJson, parseApiQuery } from '~/http/request-input.server'
import { YearQuery, apiRegions } from '~/reference/views.server'
import { requireUser } from '~/accounts/policy.server'
import { currentYear } from '~/domain/reporting-period'

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context)
  const year = parseApiQuery(YearQuery, request).year ?? currentYear(new Date())
  return apiJson(await apiRegions(context.db, year))
}
