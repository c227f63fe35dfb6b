// GET /healthz — 200 { status: 'ok', database } when the database answers `select 1`, else 503.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { checkHealth } from '~/health.server'

export async function loader({ context }: LoaderFunctionArgs) {
  const health = await checkHealth(context.db, context.engine)
  return Response.json(health.body, {
    status: health.httpStatus,
    headers: { 'Cache-Control': 'no-store' },
  })
}
