// The daily evaluation of the alert rules as a stored job (decisions 0027 and 0030): every
// runner enqueues each day's 06:00 (Asia/Almaty) occurrence once; the one that claims it runs a
// full evaluation — every office, every rule — which raises what the imports' evaluations could
// not see (an office going stale, the month turning over) and resolves what cleared. A failure is
// retried on the job backoff; the advisory lock keeps it from racing an import's evaluation.
import { z } from 'zod'
import { dailyAt } from '../domain/job-schedule'
import { defineJobKind, type JobKind } from '../monitoring/job-kinds.server'
import { evaluateAlerts } from './evaluate.server'

export const ALERTS_EVALUATE_KIND = 'alerts.evaluate'

/** Registered by app/monitoring/job-registry.server.ts. */
export function alertsEvaluateJob(): JobKind<Record<string, unknown>> {
  return defineJobKind({
    kind: ALERTS_EVALUATE_KIND,
    payload: z.object({}).loose(),
    schedule: dailyAt(6, 0),
    maxAttempts: 3,
    run: async (ctx) => {
      const result = await evaluateAlerts(ctx.db, { now: ctx.now, trigger: 'daily' })
      ctx.log(
        `alerts.evaluate: month ${result.month}, ${result.raised.length} raised, ` +
          `${result.resolved.length} resolved, ${result.deliveries} deliveries`,
      )
    },
  })
}
