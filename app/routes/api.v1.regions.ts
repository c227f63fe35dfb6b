// GET /api/v1/regions?year=YYYY — the regions valid that year (default: the current year).
import type { LoaderFunctionArgs } from '@remix-run/node'
import { apiBadRequest, apiJson, parseInput, queryObject } from '~/http/request-input.server'
import { YearQuery, apiRegions } from '~/reference/views.server'
import { requireUser } from '~/accounts/policy.server'

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context)
  const query = parseInput(YearQuery, queryObject(request))
  if (!query.ok) return apiBadRequest(query.parameter, query.message)
  const year = query.value.year ?? new Date().getFullYear()
  return apiJson(await apiRegions(context.db, year))
}
