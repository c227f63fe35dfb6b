// Warming after an import (issue 17, decision 0037). Every import commit and undo raises the data
// version, so the next view of any dashboard computes its numbers afresh — at 10M cases 5.4 s
// for the overview, 2.5 s for a region. The commit and the undo enqueue a `pages.warm` job; the
// process that claims it computes, for the current year and data version, the numbers behind the
// national overview and every region page each account may open — once per distinct read scope
// of the active accounts (the ministry's, each region's, each agency's), through the same cached
// functions the loaders call — so the first official of the morning finds them computed and pays
// only the render. Pages themselves are kept per session (decision 0013) and a session's token is
// stored only as its hash, so no job can render one for a session; the numbers are what it warms.
import { z } from 'zod'
import type { Db } from '../../db/client.server'
import { listActiveUsers } from '../../db/queries/accounts'
import { enqueueJob } from '../../db/queries/jobs'
import { listRegions } from '../../db/queries/reference'
import { userScope, type Scope } from '../accounts/policy.server'
import { todayInKazakhstan } from '../domain/reporting-period'
import { currentDataVersion } from '../indicators/data-cache.server'
import { defineJobKind, type JobKind } from '../monitoring/job-kinds.server'
import { nationalOverviewPage } from './national-overview.server'
import { regionDashboard } from './region-dashboard.server'

export const PAGES_WARM_KIND = 'pages.warm'

/** Enqueues the warming of the current data version (once per version: its unique key). */
export async function enqueuePageWarm(db: Db): Promise<number | null> {
  const version = await currentDataVersion(db)
  return enqueueJob(db, { kind: PAGES_WARM_KIND, uniqueKey: `${PAGES_WARM_KIND}:${version}` })
}

/** The distinct read scopes of the active accounts, the widest first. */
export async function readScopes(db: Db): Promise<Scope[]> {
  const scopes = new Map<string, Scope>()
  for (const user of await listActiveUsers(db)) {
    const scope = await userScope(db, user)
    scopes.set(JSON.stringify(scope), scope)
  }
  const width = (s: Scope) => (s.regions === 'all' ? 2 : 0) + (s.standards === 'all' ? 1 : 0)
  return [...scopes.values()].sort((a, b) => width(b) - width(a))
}

export interface WarmResult {
  version: number
  scopes: number
  pages: number
  /** The data version changed while warming: the rest is left to the next job. */
  superseded: boolean
}

/**
 * Computes the overview and every region page of each scope for the current year (the pages as
 * first opened: sections folded, the default standard and channel). A page that fails (a scope
 * with no standard, a region not readable) is skipped; a newer data version stops the work.
 */
export async function warmPages(db: Db, now: Date): Promise<WarmResult> {
  const version = await currentDataVersion(db)
  const scopes = await readScopes(db)
  const year = Number(todayInKazakhstan(now).slice(0, 4))
  const regions = (await listRegions(db, { year })).map((r) => r.code)
  let pages = 0
  for (const scope of scopes) {
    const codes = scope.regions === 'all' ? regions : scope.regions.codes
    const views: (() => Promise<unknown>)[] = [
      () => nationalOverviewPage(db, {}, 'kk', now, scope),
      ...codes.map((code) => () => regionDashboard(db, code, {}, 'kk', now, scope, { open: [] })),
    ]
    for (const view of views) {
      if ((await currentDataVersion(db)) !== version) {
        return { version, scopes: scopes.length, pages, superseded: true }
      }
      try {
        await view()
        pages++
      } catch {
        // Not this scope's page (out of scope, no standard): nothing to keep.
      }
    }
  }
  return { version, scopes: scopes.length, pages, superseded: false }
}

/** Registered by app/monitoring/job-registry.server.ts; enqueued by the import's commit and undo. */
export function pagesWarmJob(): JobKind<Record<string, unknown>> {
  return defineJobKind({
    kind: PAGES_WARM_KIND,
    payload: z.object({}).loose(),
    // Warming is a convenience: a failure is not worth many retries.
    maxAttempts: 2,
    run: async (ctx) => {
      const started = Date.now()
      const result = await warmPages(ctx.db, ctx.now)
      ctx.log(
        `pages.warm: version ${result.version}, ${result.pages} pages of ${result.scopes} scopes ` +
          `in ${Date.now() - started} ms${result.superseded ? ' (superseded by a newer version)' : ''}`,
      )
    },
  })
}
