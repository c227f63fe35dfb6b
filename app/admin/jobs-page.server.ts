// /admin/jobs: the stored jobs — how many in each status, the queued ones by due time, the failed
// ones (with "retry now"), and the latest runs. "Retry now" is one transaction with one audit row
// (`job.retry`).
import { z } from 'zod'
import type { Db } from '../../db/client.server'
import {
  jobById,
  jobCounts,
  jobsInStatus,
  recentJobRuns,
  retryFailedJob,
} from '../../db/queries/jobs'
import { audit } from '../accounts/audit.server'
import { formatDateTime } from '../i18n/admin/date-time'
import type { Language } from '../i18n/languages'
import type { AdminActor } from './actor.server'

const when = (lang: Language, value: Date | null) =>
  value ? { text: formatDateTime(lang, value), iso: value.toISOString() } : null

export async function jobsPage(db: Db, lang: Language, options: { runnerOn: boolean }) {
  const [counts, due, failed, runs] = await Promise.all([
    jobCounts(db),
    jobsInStatus(db, 'queued', 20),
    jobsInStatus(db, 'failed', 20),
    recentJobRuns(db, 50),
  ])
  return {
    runnerOn: options.runnerOn,
    counts,
    due: due.map((job) => ({
      id: job.id,
      kind: job.kind,
      runAt: when(lang, job.runAt)!,
      attempts: job.attempts,
      maxAttempts: job.maxAttempts,
      uniqueKey: job.uniqueKey,
      lastError: job.lastError,
    })),
    failed: failed.map((job) => ({
      id: job.id,
      kind: job.kind,
      finishedAt: when(lang, job.finishedAt),
      attempts: job.attempts,
      maxAttempts: job.maxAttempts,
      lastError: job.lastError,
    })),
    runs: runs.map((run) => ({
      id: run.id,
      jobId: run.jobId,
      kind: run.kind,
      attempt: run.attempt,
      runner: run.runner,
      startedAt: when(lang, run.startedAt)!,
      finishedAt: when(lang, run.finishedAt),
      outcome: run.outcome ?? ('running' as const),
      error: run.error,
    })),
  }
}

const JobsForm = z.object({
  intent: z.literal('retry'),
  jobId: z.coerce.number().int().positive(),
})

export type JobsActionResult =
  { ok: true; intent: 'retry'; jobId: number } | { ok: false; error: 'invalid' | 'notFound' }

export async function jobsAction(
  db: Db,
  form: FormData,
  actor: AdminActor,
  now: Date = new Date(),
): Promise<JobsActionResult> {
  const parsed = JobsForm.safeParse(Object.fromEntries(form))
  if (!parsed.success) return { ok: false, error: 'invalid' }
  const { jobId } = parsed.data
  return db.transaction().execute(async (tx) => {
    const before = await jobById(tx, jobId)
    if (!before || !(await retryFailedJob(tx, jobId, now))) {
      return { ok: false as const, error: 'notFound' as const }
    }
    await audit(tx, {
      userId: actor.userId,
      action: 'job.retry',
      entity: 'job',
      entityId: jobId,
      before: { kind: before.kind, status: before.status, attempts: before.attempts },
      after: { status: 'queued', runAt: now.toISOString() },
      source: actor.source,
    })
    return { ok: true as const, intent: 'retry' as const, jobId }
  })
}
