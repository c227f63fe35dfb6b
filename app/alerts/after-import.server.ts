// The alerts after an import's commit or undo (decisions 0030 and 0043): a stored job, enqueued in
// the import's own transaction, evaluates the rules for the offices the batch wrote only (an
// import of one office's file looks at one office, however many alerts stand elsewhere). The
// import returns as soon as its rows are written — the evaluation of a million new cases took
// 2.7–4 s, which the importer waited for — and the job is stored with the rows or not at all: a
// process that stops after the commit leaves it queued for the next runner, where an evaluation
// run after the transaction was lost until the daily one. A failed attempt is retried.
import { z } from 'zod'
import type { Db } from '../../db/client.server'
import { enqueueJob } from '../../db/queries/jobs'
import { defineJobKind, type JobKind } from '../monitoring/job-kinds.server'
import { evaluateAlerts } from './evaluate.server'

export const ALERTS_AFTER_IMPORT_KIND = 'alerts.after_import'

const payloadSchema = z.object({
  batchId: z.number().int().positive(),
  event: z.enum(['commit', 'undo']),
  /** The offices the batch's rows are (or were) of. */
  offices: z.array(z.number().int().positive()),
  /** The batch may concern the import rule: committed with rows left out, or undone. */
  leftOut: z.boolean(),
})

export type AlertsAfterImport = z.infer<typeof payloadSchema>

/**
 * Queues the evaluation, inside the transaction `db` is (the import's): one job per batch and
 * event. Nothing to look at — no office written, no row left out — queues nothing.
 */
export async function enqueueAlertsAfterImport(
  db: Db,
  payload: AlertsAfterImport,
): Promise<number | null> {
  if (payload.offices.length === 0 && !payload.leftOut) return null
  return enqueueJob(db, {
    kind: ALERTS_AFTER_IMPORT_KIND,
    payload: payloadSchema.parse(payload),
    uniqueKey: `${ALERTS_AFTER_IMPORT_KIND}:${payload.batchId}:${payload.event}`,
  })
}

/** Registered by app/monitoring/job-registry.server.ts. */
export function alertsAfterImportJob(): JobKind<AlertsAfterImport> {
  return defineJobKind({
    kind: ALERTS_AFTER_IMPORT_KIND,
    payload: payloadSchema,
    maxAttempts: 3,
    run: async (ctx, payload) => {
      const result = await evaluateAlerts(ctx.db, {
        now: ctx.now,
        trigger: payload.event === 'commit' ? 'import_commit' : 'import_undo',
        offices: payload.offices,
        batch: payload.leftOut ? { id: payload.batchId, event: payload.event } : undefined,
      })
      ctx.log(
        `${ALERTS_AFTER_IMPORT_KIND}: batch ${payload.batchId} (${payload.event}), ` +
          `${payload.offices.length} offices, ${result.raised.length} raised, ` +
          `${result.resolved.length} resolved, ${result.deliveries} deliveries`,
      )
    },
  })
}
