// GET /api/v1/indicators?year=2025[&period=year|quarter|month][&standard=…][&region=KZ-…]
//   [&district=…][&office=…][&channel=…][&as_of=YYYY-MM-DD][&by=region|district|office]
// Every indicator of the standards in scope with its counts, value, normative, target, status,
// Wilson interval (survey measures) and coverage. Same engine as the pages and the CLI, limited
// to the caller's scope: a query outside it is a 403 (a regional user: its region only).
import type { LoaderFunctionArgs } from '@remix-run/node'
import { apiJson, apiNotFound, parseApiQuery } from '~/http/request-input.server'
import {
  IndicatorQueryInput,
  indicatorRowToWire,
  toIndicatorQuery,
} from '~/indicators/query.server'
import { indicatorsInScope, UnknownScopeError } from '~/indicators/engine.server'
import { AccessDenied, apiForbidden, requireUser, userScope } from '~/accounts/policy.server'

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context)
  const query = toIndicatorQuery(parseApiQuery(IndicatorQueryInput, request), new Date())
  try {
    const result = await indicatorsInScope(context.db, await userScope(context.db, user), query)
    return apiJson({
      query: { ...query, as_of: query.asOf },
      rows: result.rows.map(indicatorRowToWire),
    })
  } catch (error) {
    if (error instanceof AccessDenied) return apiForbidden()
    if (error instanceof UnknownScopeError) return apiNotFound(error.message)
    throw error
  }
}
