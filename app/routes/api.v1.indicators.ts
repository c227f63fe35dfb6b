// GET /api/v1/indicators?year=2025[&period=year|quarter|month][&standard=…][&region=KZ-…]
//   [&district=…][&office=…][&channel=…][&as_of=YYYY-MM-DD][&by=region|district|office]
// Every indicator of the standards in scope with its counts, value, normative, target, status,
// Wilson interval (survey measures) and coverage; while the year is open at the as-of date, each
// row's year-end projection `{ value, low, high, verdict }` (null otherwise; decision 0026). Same engine as the pages and the CLI, limited
// to the caller's scope: a query outside it is a 403 (a regional user: its region only).
import type { LoaderFunctionArgs } from '@remix-run/node'
import { apiJson, apiNotFound, parseApiQuery } from '~/http/request-input.server'
import { IndicatorQueryInput, toIndicatorQuery } from '~/indicators/query.server'
import { UnknownScopeError } from '~/indicators/engine.server'
import {
  indicatorsWithProjectionsInScope,
  wireRowsWithProjections,
} from '~/indicators/projection.server'
import { AccessDenied, apiForbidden, requireUser, userScope } from '~/accounts/policy.server'

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context)
  const query = toIndicatorQuery(parseApiQuery(IndicatorQueryInput, request), new Date())
  try {
    const result = await indicatorsWithProjectionsInScope(
      context.db,
      await userScope(context.db, user),
      query,
    )
    return apiJson({
      query: { ...query, as_of: query.asOf },
      rows: wireRowsWithProjections(result.rows, result.projections),
    })
  } catch (error) {
    if (error instanceof AccessDenied) return apiForbidden()
    if (error instanceof UnknownScopeError) return apiNotFound(error.message)
    throw error
  }
}
