// GET /api/v1/offices?region=KZ-..[&year=YYYY] — the offices of a region (in that year, or in
// today's structure), with district, kind, names, address and services.
import type { LoaderFunctionArgs } from '@remix-run/node'
import {
  apiBadRequest,
  apiJson,
  apiNotFound,
  parseInput,
  queryObject,
} from '~/http/request-input.server'
import { OfficesQuery, apiOffices } from '~/reference/views.server'
import { requireUser } from '~/accounts/policy.server'

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context)
  const query = parseInput(OfficesQuery, queryObject(request))
  if (!query.ok) return apiBadRequest(query.parameter, query.message)
  const body = await apiOffices(context.db, query.value.region, query.value.year)
  if (!body) return apiNotFound(`no region has the code "${query.value.region}"`)
  return apiJson(body)
}
