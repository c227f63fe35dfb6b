// The registry of job kinds: what each stored job does, how often it may try, how long it waits
// between attempts, and — for a scheduled kind — when it runs. The runner
// (job-runner.server.ts) claims only the kinds its registry knows. To add a kind: write a
// `defineJobKind({...})` in the module of its concern and register it in `jobRegistry()` below;
// to start one, `enqueueJob()` (db/queries/jobs.ts) with its kind and payload — or give it a
// `schedule` and every runner enqueues each occurrence, once (decision 0027).
import { z } from 'zod'
import type { Db } from '../../db/client.server'
import { deleteOldJobs } from '../../db/queries/jobs'
import type { JobSchedule } from '../domain/job-schedule'
import { dailyAt } from '../domain/job-schedule'
import { DEFAULT_BACKOFF, type BackoffPolicy } from '../domain/retry-backoff'
import { deliverMail, type Mailer } from './mailer.server'

/** What a job's code gets besides its payload. */
export interface JobContext {
  db: Db
  /** The instant the runner took the job. */
  now: Date
  jobId: number
  /** This attempt's number, from 1. */
  attempt: number
  maxAttempts: number
  /** When the next attempt will be if this one throws; null when this is the last one. */
  retryAt: Date | null
  log: (message: string) => void
}

export interface JobKind<P = unknown> {
  /** `concern.verb` in lower case, e.g. `mail.send`, `alerts.evaluate`. */
  kind: string
  /** The payload as stored (jsonb, camelCase keys); a payload that fails it fails the job. */
  payload: z.ZodType<P>
  /** Throws to fail the attempt (retried after the backoff while attempts remain). */
  run: (ctx: JobContext, payload: P) => Promise<void>
  /** Attempts in all (default 5). */
  maxAttempts?: number
  backoff?: BackoffPolicy
  /** A recurring job: every runner enqueues the next occurrence (one stored job for each). */
  schedule?: JobSchedule
}

export function defineJobKind<P>(kind: JobKind<P>): JobKind<P> {
  return kind
}

export class JobRegistry {
  readonly #kinds = new Map<string, JobKind<unknown>>()

  register<P>(kind: JobKind<P>): this {
    if (this.#kinds.has(kind.kind)) throw new Error(`job kind ${kind.kind} is registered twice`)
    if (!/^[a-z_]+(\.[a-z_]+)+$/.test(kind.kind)) {
      throw new Error(`job kind "${kind.kind}" must be concern.verb in lower case`)
    }
    this.#kinds.set(kind.kind, kind as JobKind<unknown>)
    return this
  }

  get(kind: string): JobKind<unknown> | undefined {
    return this.#kinds.get(kind)
  }

  kinds(): string[] {
    return [...this.#kinds.keys()]
  }

  scheduled(): (JobKind<unknown> & { schedule: JobSchedule })[] {
    return [...this.#kinds.values()].filter(
      (k): k is JobKind<unknown> & { schedule: JobSchedule } => k.schedule !== undefined,
    )
  }

  maxAttempts(kind: string): number {
    return this.#kinds.get(kind)?.maxAttempts ?? DEFAULT_MAX_ATTEMPTS
  }

  backoff(kind: string): BackoffPolicy {
    return this.#kinds.get(kind)?.backoff ?? DEFAULT_BACKOFF
  }
}

export const DEFAULT_MAX_ATTEMPTS = 5

// ── the kinds ───────────────────────────────────────────────────────────────────────────────

/** Mail sends retry for about a day: 1, 2, 4 … 32 min, then hourly — 30 attempts in all. */
export const MAIL_MAX_ATTEMPTS = 30

/** Sends one mail of the outbox (queued by queueMail, mail-queue.server.ts). */
export function mailSendJob(mailer: Mailer | null, backoff: BackoffPolicy = DEFAULT_BACKOFF) {
  return defineJobKind({
    kind: 'mail.send',
    payload: z.object({ outboxId: z.number().int().positive() }),
    maxAttempts: MAIL_MAX_ATTEMPTS,
    backoff,
    run: async (ctx, { outboxId }) => {
      await deliverMail(ctx.db, outboxId, mailer, { now: ctx.now, retryAt: ctx.retryAt })
    },
  })
}

/** Finished jobs and runs are kept this long (the outbox keeps every mail). */
export const JOB_HISTORY_DAYS = 90

/** Daily at 03:00 Almaty: deletes done jobs and runs older than JOB_HISTORY_DAYS. */
export const jobsCleanupJob = defineJobKind({
  kind: 'jobs.cleanup',
  payload: z.object({}).loose(),
  schedule: dailyAt(3, 0),
  run: async (ctx) => {
    const before = new Date(ctx.now.getTime() - JOB_HISTORY_DAYS * 86_400_000)
    const deleted = await deleteOldJobs(ctx.db, before)
    ctx.log(
      `jobs.cleanup: ${deleted.jobs} jobs and ${deleted.runs} runs older than ${JOB_HISTORY_DAYS} days deleted`,
    )
  },
})
