// GET /healthz — 200 { status: 'ok', database } when the database answers `select 1`, else 503.
// While the embedded database serves an import it answers from its queue's state instead of
// waiting: 200 with `busy` details, 503 once one statement has run past SAPA_DB_STUCK_MS.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { checkHealth } from '~/http/health.server'

export async function loader({ context }: LoaderFunctionArgs) {
  const health = await checkHealth(context.db, context.engine, {
    stuckMs: context.env.SAPA_DB_STUCK_MS,
  })
  return Response.json(health.body, {
    status: health.httpStatus,
    headers: { 'Cache-Control': 'no-store' },
  })
}
