// The job runner: every server process polls the `jobs` table (SAPA_JOBS_POLL_MS) and runs the
// due jobs of the kinds its registry knows. A claim takes each job for one process only (FOR
// UPDATE SKIP LOCKED, db/queries/jobs.ts), so however many processes poll, a due job runs once;
// a failed attempt waits its backoff (app/domain/retry-backoff.ts); a job whose process vanished
// goes back to the queue after the lease. Each pass also enqueues the next occurrence of every
// scheduled kind — with its occurrence key, so that it is stored once. SAPA_JOBS=off: no runner.
import { hostname } from 'node:os'
import { randomBytes } from 'node:crypto'
import type { Db } from '../../db/client.server'
import {
  claimDueJobs,
  completeJob,
  enqueueJob,
  failJob,
  releaseAbandonedJobs,
  type ClaimedJob,
} from '../../db/queries/jobs'
import { failInterruptedMail } from '../../db/queries/mail-outbox'
import { nextRun, occurrenceKey } from '../domain/job-schedule'
import { mayRetry, nextAttemptAt } from '../domain/retry-backoff'
import type { JobRegistry } from './job-kinds.server'

export interface JobRunnerOptions {
  db: Db
  registry: JobRegistry
  /** This runner's name in `jobs.locked_by` and `job_runs.runner`. */
  runnerId?: string
  pollMs?: number
  /** Jobs claimed at once. */
  batchSize?: number
  /** A job (or a mail being sent) held longer than this is taken as abandoned, in ms. */
  leaseMs?: number
  log?: (message: string) => void
  clock?: () => Date
}

export interface PassSummary {
  done: number
  retried: number
  failed: number
  scheduled: number
  released: number
}

/** Longer than any job should take; a vanished process's jobs wait this long. */
export const DEFAULT_LEASE_MS = 15 * 60_000

export const INTERRUPTED_JOB = 'interrupted: the process running it stopped; queued again'
export const INTERRUPTED_MAIL =
  'interrupted while sending: the mail server may have received it, so it is not sent again on its own'

export class JobRunner {
  readonly runnerId: string
  readonly #db: Db
  readonly #registry: JobRegistry
  readonly #pollMs: number
  readonly #batchSize: number
  readonly #leaseMs: number
  readonly #log: (message: string) => void
  readonly #clock: () => Date
  /** Per scheduled kind: the occurrence already stored; no insert until it is due. */
  readonly #scheduledUntil = new Map<string, number>()
  #timer: NodeJS.Timeout | null = null
  #pass: Promise<unknown> | null = null
  #stopping = false

  constructor(options: JobRunnerOptions) {
    this.#db = options.db
    this.#registry = options.registry
    this.runnerId =
      options.runnerId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`
    this.#pollMs = options.pollMs ?? 5_000
    this.#batchSize = options.batchSize ?? 10
    this.#leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS
    this.#log = options.log ?? (() => {})
    this.#clock = options.clock ?? (() => new Date())
  }

  /** Polls until stop(). */
  start(): this {
    this.#stopping = false
    const tick = () => {
      this.#timer = null
      this.#pass = this.runDue()
        .catch((error) => this.#log(`jobs: a pass failed: ${messageOf(error)}`))
        .finally(() => {
          this.#pass = null
          if (!this.#stopping) this.#timer = setTimeout(tick, this.#pollMs)
        })
    }
    this.#timer = setTimeout(tick, 0)
    return this
  }

  /** Stops polling; resolves when the job in hand (if any) has finished. */
  async stop(): Promise<void> {
    this.#stopping = true
    if (this.#timer) clearTimeout(this.#timer)
    this.#timer = null
    await this.#pass
  }

  /** One pass: release abandoned work, enqueue scheduled occurrences, run every due job. */
  async runDue(): Promise<PassSummary> {
    const summary: PassSummary = { done: 0, retried: 0, failed: 0, scheduled: 0, released: 0 }
    const now = this.#clock()
    const lockedBefore = new Date(now.getTime() - this.#leaseMs)
    summary.released = await releaseAbandonedJobs(this.#db, lockedBefore, now, INTERRUPTED_JOB)
    const interrupted = await failInterruptedMail(this.#db, lockedBefore, INTERRUPTED_MAIL)
    if (interrupted.length)
      this.#log(`jobs: mails interrupted while sending: ${interrupted.join(', ')}`)
    summary.scheduled = await this.#enqueueScheduled(now)
    const kinds = this.#registry.kinds()
    while (!this.#stopping) {
      const claimed = await claimDueJobs(
        this.#db,
        this.runnerId,
        this.#clock(),
        this.#batchSize,
        kinds,
      )
      if (claimed.length === 0) break
      for (const job of claimed) {
        // Claimed but not started when asked to stop: it goes back with its attempt uncounted.
        const outcome = await this.#run(job)
        summary[outcome]++
      }
    }
    return summary
  }

  async #enqueueScheduled(now: Date): Promise<number> {
    let added = 0
    for (const kind of this.#registry.scheduled()) {
      const until = this.#scheduledUntil.get(kind.kind)
      if (until !== undefined && now.getTime() < until) continue
      const runAt = nextRun(kind.schedule, now)
      const id = await enqueueJob(this.#db, {
        kind: kind.kind,
        runAt,
        uniqueKey: occurrenceKey(kind.kind, runAt),
        maxAttempts: this.#registry.maxAttempts(kind.kind),
      })
      if (id !== null) added++
      this.#scheduledUntil.set(kind.kind, runAt.getTime())
    }
    return added
  }

  async #run(job: ClaimedJob): Promise<'done' | 'retried' | 'failed'> {
    const started = this.#clock()
    const kind = this.#registry.get(job.kind)
    const retryAt = mayRetry(job.attempt, job.maxAttempts)
      ? nextAttemptAt(started, job.attempt, this.#registry.backoff(job.kind))
      : null
    try {
      if (!kind) throw new Error(`no job kind ${job.kind} in this process`)
      const payload = kind.payload.safeParse(job.payload)
      if (!payload.success) throw new Error(`invalid payload: ${payload.error.message}`)
      await kind.run(
        {
          db: this.#db,
          now: started,
          jobId: job.id,
          attempt: job.attempt,
          maxAttempts: job.maxAttempts,
          retryAt,
          log: this.#log,
        },
        payload.data,
      )
    } catch (error) {
      const message = messageOf(error).slice(0, 2000)
      await failJob(this.#db, job, this.runnerId, this.#clock(), message, retryAt)
      this.#log(
        `jobs: ${job.kind} #${job.id} attempt ${job.attempt} failed: ${message}` +
          (retryAt ? ` (next attempt ${retryAt.toISOString()})` : ' (no attempts left)'),
      )
      return retryAt ? 'retried' : 'failed'
    }
    await completeJob(this.#db, job, this.runnerId, this.#clock())
    return 'done'
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
