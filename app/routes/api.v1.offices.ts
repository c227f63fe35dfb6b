// GET /api/v1/offices?region=KZ-..[&year=YYYY] — the offices of a region (in that year, or in
// today's structure), with district, kind, names, address and services.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { apiJson, apiNotFound, parseApiQuery } from '~/http/request-input.server'
import { OfficesQuery, apiOffices } from '~/reference/views.server'
import { requireUser } from '~/accounts/policy.server'

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context)
  const { region, year } = parseApiQuery(OfficesQuery, request)
  const body = await apiOffices(context.db, region, year)
  if (!body) return apiNotFound(`no region has the code "${region}"`)
  return apiJson(body)
}
