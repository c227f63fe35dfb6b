// The stored jobs (migration 0017, decision 0027): enqueue, claim the due ones, finish an attempt,
// give back the ones a vanished process held, and what /admin/jobs lists. The claim is one
// statement — select the due rows FOR UPDATE SKIP LOCKED, mark them running, record the run — so
// two processes polling at the same moment never take the same job. PGlite runs the same SQL (one
// connection: the lock is never contended there, and SKIP LOCKED changes nothing).
import { sql } from 'kysely'
import type { Db } from '../client.server'
import type { JobRunOutcome, JobStatus } from '../schema'

export interface NewJob {
  kind: string
  /** Stored as jsonb: camelCase keys. */
  payload?: Record<string, unknown>
  runAt?: Date
  /** A job with the key of a stored one (done or not) is not added: a schedule's occurrence. */
  uniqueKey?: string | null
  maxAttempts?: number
}

/** Adds a job; its id, or null when a job with the same unique key is already stored. */
export async function enqueueJob(db: Db, job: NewJob): Promise<number | null> {
  const row = await db
    .insertInto('jobs')
    .values({
      kind: job.kind,
      payload: JSON.stringify(job.payload ?? {}),
      ...(job.runAt ? { runAt: job.runAt } : {}),
      uniqueKey: job.uniqueKey ?? null,
      ...(job.maxAttempts ? { maxAttempts: job.maxAttempts } : {}),
    })
    .onConflict((oc) => oc.column('uniqueKey').where('uniqueKey', 'is not', null).doNothing())
    .returning('id')
    .executeTakeFirst()
  return row?.id ?? null
}

export interface ClaimedJob {
  id: number
  kind: string
  payload: Record<string, unknown>
  /** This attempt's number, from 1. */
  attempt: number
  maxAttempts: number
  runAt: Date
  /** The job_runs row of this attempt. */
  runId: number
}

/**
 * Claims up to `limit` jobs due at `now` for `runner`: each is marked running, its attempt
 * counted and a run recorded, in one statement. Rows another transaction holds are skipped, not
 * waited for; a job is claimed by one runner only.
 */
export async function claimDueJobs(
  db: Db,
  runner: string,
  now: Date,
  limit: number,
  kinds?: readonly string[],
): Promise<ClaimedJob[]> {
  const kindFilter =
    kinds === undefined
      ? sql``
      : kinds.length === 0
        ? sql`and false`
        : sql`and kind in (${sql.join(kinds.map((k) => sql`${k}`))})`
  const result = await sql<ClaimedJob>`
    with due as (
      select id from jobs
      where status = 'queued' and run_at <= ${now} ${kindFilter}
      order by run_at, id
      limit ${limit}
      for update skip locked
    ), claimed as (
      update jobs j
      set status = 'running', locked_by = ${runner}, locked_at = ${now}, attempts = j.attempts + 1
      from due
      where j.id = due.id
      returning j.id, j.kind, j.payload, j.attempts, j.max_attempts, j.run_at
    ), runs as (
      insert into job_runs (job_id, kind, attempt, runner, started_at)
      select id, kind, attempts, ${runner}, ${now} from claimed
      returning id, job_id
    )
    select c.id, c.kind, c.payload, c.attempts as attempt, c.max_attempts, c.run_at,
      r.id as run_id
    from claimed c join runs r on r.job_id = c.id
    order by c.run_at, c.id`.execute(db)
  return result.rows
}

/** The attempt succeeded: the job is done. False when the runner no longer held it. */
export async function completeJob(
  db: Db,
  job: { id: number; runId: number },
  runner: string,
  now: Date,
): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    const updated = await tx
      .updateTable('jobs')
      .set({ status: 'done', lockedBy: null, lockedAt: null, finishedAt: now, lastError: null })
      .where('id', '=', job.id)
      .where('status', '=', 'running')
      .where('lockedBy', '=', runner)
      .executeTakeFirst()
    await finishRun(tx, job.runId, now, 'done', null)
    return Number(updated.numUpdatedRows) === 1
  })
}

/**
 * The attempt failed: with `retryAt` the job waits until then (outcome 'retry'); without, it is
 * failed for good (outcome 'failed') until an administrator retries it.
 */
export async function failJob(
  db: Db,
  job: { id: number; runId: number },
  runner: string,
  now: Date,
  error: string,
  retryAt: Date | null,
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await tx
      .updateTable('jobs')
      .set(
        retryAt
          ? { status: 'queued', runAt: retryAt, lockedBy: null, lockedAt: null, lastError: error }
          : { status: 'failed', lockedBy: null, lockedAt: null, lastError: error, finishedAt: now },
      )
      .where('id', '=', job.id)
      .where('status', '=', 'running')
      .where('lockedBy', '=', runner)
      .execute()
    await finishRun(tx, job.runId, now, retryAt ? 'retry' : 'failed', error)
  })
}

async function finishRun(
  db: Db,
  runId: number,
  now: Date,
  outcome: JobRunOutcome,
  error: string | null,
): Promise<void> {
  await db
    .updateTable('jobRuns')
    .set({ finishedAt: now, outcome, error })
    .where('id', '=', runId)
    .where('finishedAt', 'is', null)
    .execute()
}

/**
 * Jobs still marked running since before `lockedBefore`: their process stopped in the middle (a
 * crash, a kill). Each goes back to the queue, or fails when it has used its attempts; its open
 * run is closed as 'interrupted'. Returns how many.
 */
export async function releaseAbandonedJobs(
  db: Db,
  lockedBefore: Date,
  now: Date,
  error: string,
): Promise<number> {
  const result = await sql<{ id: number }>`
    with stale as (
      select id from jobs
      where status = 'running' and locked_at < ${lockedBefore}
      for update skip locked
    ), released as (
      update jobs j
      set status = case when j.attempts < j.max_attempts then 'queued' else 'failed' end,
        finished_at = case when j.attempts < j.max_attempts then null else ${now}::timestamptz end,
        locked_by = null, locked_at = null, last_error = ${error}
      from stale
      where j.id = stale.id
      returning j.id
    ), runs as (
      update job_runs r set finished_at = ${now}, outcome = 'interrupted', error = ${error}
      from released
      where r.job_id = released.id and r.finished_at is null
      returning r.id
    )
    select id from released`.execute(db)
  return result.rows.length
}

/**
 * An administrator's "retry now" of a failed job: due at once, with one more attempt. False when
 * the job is not failed (it was retried already, or it is running).
 */
export async function retryFailedJob(db: Db, id: number, now: Date): Promise<boolean> {
  const updated = await db
    .updateTable('jobs')
    .set((eb) => ({
      status: 'queued',
      runAt: now,
      finishedAt: null,
      maxAttempts: sql<number>`greatest(${eb.ref('maxAttempts')}, ${eb.ref('attempts')} + 1)`,
    }))
    .where('id', '=', id)
    .where('status', '=', 'failed')
    .executeTakeFirst()
  return Number(updated.numUpdatedRows) === 1
}

/** Deletes finished jobs (done) finished before `before`, and runs started before `before`. */
export async function deleteOldJobs(db: Db, before: Date): Promise<{ jobs: number; runs: number }> {
  const runs = await db.deleteFrom('jobRuns').where('startedAt', '<', before).executeTakeFirst()
  const jobs = await db
    .deleteFrom('jobs')
    .where('status', '=', 'done')
    .where('finishedAt', '<', before)
    .executeTakeFirst()
  return { jobs: Number(jobs.numDeletedRows), runs: Number(runs.numDeletedRows) }
}

export async function jobById(db: Db, id: number) {
  return db
    .selectFrom('jobs')
    .select([
      'id',
      'kind',
      'payload',
      'runAt',
      'status',
      'attempts',
      'maxAttempts',
      'lockedBy',
      'lockedAt',
      'lastError',
      'uniqueKey',
      'createdAt',
      'finishedAt',
    ])
    .where('id', '=', id)
    .executeTakeFirst()
}

/** The latest runs, newest first. */
export async function recentJobRuns(db: Db, limit: number) {
  return db
    .selectFrom('jobRuns')
    .select([
      'id',
      'jobId',
      'kind',
      'attempt',
      'runner',
      'startedAt',
      'finishedAt',
      'outcome',
      'error',
    ])
    .orderBy('startedAt', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute()
}

/** Jobs in one status, by when they are (were) due: queued soonest first, others newest first. */
export async function jobsInStatus(db: Db, status: JobStatus, limit: number) {
  return db
    .selectFrom('jobs')
    .select([
      'id',
      'kind',
      'payload',
      'runAt',
      'status',
      'attempts',
      'maxAttempts',
      'lockedBy',
      'lockedAt',
      'lastError',
      'uniqueKey',
      'finishedAt',
    ])
    .where('status', '=', status)
    .orderBy('runAt', status === 'queued' ? 'asc' : 'desc')
    .orderBy('id', status === 'queued' ? 'asc' : 'desc')
    .limit(limit)
    .execute()
}

/** How many jobs are in each status. */
export async function jobCounts(db: Db): Promise<Record<JobStatus, number>> {
  const rows = await db
    .selectFrom('jobs')
    .select(['status', (eb) => eb.fn.countAll<number>().as('count')])
    .groupBy('status')
    .execute()
  const counts: Record<JobStatus, number> = { queued: 0, running: 0, done: 0, failed: 0 }
  for (const row of rows) counts[row.status] = Number(row.count)
  return counts
}
