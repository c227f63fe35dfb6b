// Which requests read from a streaming replica when DATABASE_READ_URL is set (decision 0034): a GET
// or HEAD of the dashboards, the reports, the data page and the read API. Everything else — the
// imports, the targets workflow, admin, accounts, sign-in, alerts, /healthz — stays on the primary.
// Inside the scope only plain reads move; writes (a session touched, an audit row) and the data
// version go to the primary (db/replica-router.ts).
import type { RequestHandler } from 'express'
import { withReadScope } from '../../db/read-scope'

const READ_PATHS = [
  /^\/$/,
  /^\/_root\.data$/,
  /^\/(regions|offices|standards|indicators|data|reports|open-data|overview|methodology)(\/|\.data$|$)/,
  /^\/api\/v1\/(indicators|offices|regions|standards)(\/|$)/,
]

export function readsFromReplicas(method: string, pathname: string): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false
  return READ_PATHS.some((pattern) => pattern.test(pathname))
}

/** Runs the rest of a read request in a read scope. */
export function readScopes(): RequestHandler {
  return (req, _res, next) => {
    if (!readsFromReplicas(req.method, req.path)) return next()
    withReadScope(() => next())
  }
}
