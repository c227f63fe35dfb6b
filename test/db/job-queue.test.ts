// The stored jobs (migration 0017, decision 0027) on both engines: a due job runs once, a failed
// one waits the backoff worked out by hand, a scheduled occurrence is stored once however many
// runners enqueue it, and the job of a vanished process goes back to the queue after the lease.
import { sql } from 'kysely'
import { z } from 'zod'
import { beforeEach, expect, it } from 'vitest'
import { claimDueJobs, enqueueJob, jobById, retryFailedJob } from '../../db/queries/jobs'
import { dailyAt } from '../../app/domain/job-schedule'
import { defineJobKind, JobRegistry } from '../../app/monitoring/job-kinds.server'
import { JobRunner } from '../../app/monitoring/job-runner.server'
import { describeEachEngine } from '../support/test-db'

const T0 = new Date('2026-12-04T10:00:00Z')
const at = (ms: number) => new Date(T0.getTime() + ms)

describeEachEngine('stored jobs', (ctx) => {
  beforeEach(async () => {
    await sql`delete from job_runs`.execute(ctx.db)
    await sql`delete from jobs`.execute(ctx.db)
  })

  const runs = async (jobId: number) =>
    (
      await sql<{ attempt: number; outcome: string; runner: string }>`
        select attempt, outcome, runner from job_runs where job_id = ${jobId} order by id`.execute(
        ctx.db,
      )
    ).rows

  function runnerAt(registry: JobRegistry, clock: { now: Date }, runnerId = 'runner-a') {
    return new JobRunner({ db: ctx.db, registry, runnerId, clock: () => clock.now })
  }

  it('runs a due job once, and a job not yet due not at all', async () => {
    const seen: string[] = []
    const registry = new JobRegistry().register(
      defineJobKind({
        kind: 'test.echo',
        payload: z.object({ word: z.string() }),
        run: async (_ctx, { word }) => void seen.push(word),
      }),
    )
    const due = await enqueueJob(ctx.db, {
      kind: 'test.echo',
      payload: { word: 'due' },
      runAt: at(-1),
    })
    const later = await enqueueJob(ctx.db, {
      kind: 'test.echo',
      payload: { word: 'later' },
      runAt: at(60_000),
    })
    const clock = { now: T0 }
    const runner = runnerAt(registry, clock)
    expect((await runner.runDue()).done).toBe(1)
    expect((await runner.runDue()).done).toBe(0)
    expect(seen).toEqual(['due'])
    expect((await jobById(ctx.db, due!))?.status).toBe('done')
    expect((await jobById(ctx.db, later!))?.status).toBe('queued')
    expect(await runs(due!)).toEqual([{ attempt: 1, outcome: 'done', runner: 'runner-a' }])
    // A minute later the second one is due; the first is not run again.
    clock.now = at(60_000)
    expect((await runner.runDue()).done).toBe(1)
    expect(seen).toEqual(['due', 'later'])
  })

  it('retries a failed job after 1 s, then 2 s (base 1 s, cap 5 s), and records each attempt', async () => {
    let calls = 0
    const registry = new JobRegistry().register(
      defineJobKind({
        kind: 'test.flaky',
        payload: z.object({}),
        backoff: { baseMs: 1_000, capMs: 5_000 },
        run: async () => {
          calls++
          if (calls <= 2) throw new Error(`refused ${calls}`)
        },
      }),
    )
    const id = (await enqueueJob(ctx.db, { kind: 'test.flaky', runAt: T0 }))!
    const clock = { now: T0 }
    const runner = runnerAt(registry, clock)

    expect((await runner.runDue()).retried).toBe(1)
    // Attempt 1 failed at T0: next at T0 + 1 s × 2^0 = T0 + 1 s.
    let job = await jobById(ctx.db, id)
    expect(job).toMatchObject({ status: 'queued', attempts: 1, lastError: 'refused 1' })
    expect(job!.runAt.toISOString()).toBe(at(1_000).toISOString())

    clock.now = at(999)
    expect((await runner.runDue()).retried + (await runner.runDue()).done).toBe(0)

    clock.now = at(1_000)
    expect((await runner.runDue()).retried).toBe(1)
    // Attempt 2 failed at T0 + 1 s: next at + 1 s × 2^1 = T0 + 3 s.
    job = await jobById(ctx.db, id)
    expect(job!.runAt.toISOString()).toBe(at(3_000).toISOString())

    clock.now = at(3_000)
    expect((await runner.runDue()).done).toBe(1)
    expect(calls).toBe(3)
    expect(await jobById(ctx.db, id)).toMatchObject({
      status: 'done',
      attempts: 3,
      lastError: null,
    })
    expect((await runs(id)).map((r) => r.outcome)).toEqual(['retry', 'retry', 'done'])
  })

  it('fails a job after its last attempt; "retry now" gives it one more', async () => {
    let calls = 0
    const registry = new JobRegistry().register(
      defineJobKind({
        kind: 'test.broken',
        payload: z.object({}),
        maxAttempts: 2,
        backoff: { baseMs: 10, capMs: 10 },
        run: async () => {
          calls++
          throw new Error('always')
        },
      }),
    )
    const id = (await enqueueJob(ctx.db, { kind: 'test.broken', runAt: T0, maxAttempts: 2 }))!
    const clock = { now: T0 }
    const runner = runnerAt(registry, clock)
    await runner.runDue()
    clock.now = at(10)
    expect((await runner.runDue()).failed).toBe(1)
    expect(await jobById(ctx.db, id)).toMatchObject({ status: 'failed', attempts: 2 })
    clock.now = at(60_000)
    expect((await runner.runDue()).failed).toBe(0)
    expect(calls).toBe(2)

    expect(await retryFailedJob(ctx.db, id, at(60_000))).toBe(true)
    expect(await retryFailedJob(ctx.db, id, at(60_000))).toBe(false)
    expect((await runner.runDue()).failed).toBe(1)
    expect(calls).toBe(3)
    expect(await jobById(ctx.db, id)).toMatchObject({
      status: 'failed',
      attempts: 3,
      maxAttempts: 3,
    })
  })

  it('stores a scheduled occurrence once, however many runners enqueue it, and runs it once', async () => {
    let calls = 0
    const registry = new JobRegistry().register(
      defineJobKind({
        kind: 'test.nightly',
        payload: z.object({}).loose(),
        schedule: dailyAt(3, 0),
        run: async () => void calls++,
      }),
    )
    // Friday 4 December 2026 15:00 Almaty (10:00Z): the next 03:00 is Saturday, 22:00Z Friday.
    const clock = { now: T0 }
    const a = runnerAt(registry, clock, 'runner-a')
    const b = runnerAt(registry, clock, 'runner-b')
    expect((await a.runDue()).scheduled).toBe(1)
    expect((await b.runDue()).scheduled).toBe(0)
    const stored = async () =>
      (
        await sql<{ uniqueKey: string; runAt: Date; status: string }>`
          select unique_key, run_at, status from jobs order by id`.execute(ctx.db)
      ).rows
    expect((await stored()).map((r) => [r.uniqueKey, r.runAt.toISOString(), r.status])).toEqual([
      ['test.nightly@2026-12-05T03:00+05:00', '2026-12-04T22:00:00.000Z', 'queued'],
    ])

    clock.now = new Date('2026-12-04T22:00:30Z')
    const [ra, rb] = await Promise.all([a.runDue(), b.runDue()])
    expect(ra.done + rb.done).toBe(1)
    expect(calls).toBe(1)
    // Both then stored the next night's occurrence — once.
    expect((await stored()).map((r) => [r.uniqueKey, r.status])).toEqual([
      ['test.nightly@2026-12-05T03:00+05:00', 'done'],
      ['test.nightly@2026-12-06T03:00+05:00', 'queued'],
    ])
  })

  it('gives the job of a vanished runner back after the lease, closing its run as interrupted', async () => {
    const seen: number[] = []
    const registry = new JobRegistry().register(
      defineJobKind({
        kind: 'test.echo',
        payload: z.object({}),
        run: async (c) => void seen.push(c.attempt),
      }),
    )
    const id = (await enqueueJob(ctx.db, { kind: 'test.echo', runAt: T0 }))!
    // Runner "gone" claims it and never finishes.
    const [claimed] = await claimDueJobs(ctx.db, 'gone', T0, 10)
    expect(claimed).toMatchObject({ id, attempt: 1, kind: 'test.echo' })
    const clock = { now: at(60_000) }
    const runner = new JobRunner({
      db: ctx.db,
      registry,
      runnerId: 'runner-b',
      clock: () => clock.now,
      leaseMs: 120_000,
    })
    // Within the lease: still the other's.
    expect((await runner.runDue()).done).toBe(0)
    clock.now = at(120_001)
    const pass = await runner.runDue()
    expect(pass).toMatchObject({ released: 1, done: 1 })
    expect(seen).toEqual([2])
    expect(await runs(id)).toEqual([
      { attempt: 1, outcome: 'interrupted', runner: 'gone' },
      { attempt: 2, outcome: 'done', runner: 'runner-b' },
    ])
  })

  it('claims only the kinds it knows', async () => {
    await enqueueJob(ctx.db, { kind: 'other.kind', runAt: T0 })
    expect(await claimDueJobs(ctx.db, 'r', T0, 10, ['test.echo'])).toEqual([])
    expect(await claimDueJobs(ctx.db, 'r', T0, 10, [])).toEqual([])
    expect(await claimDueJobs(ctx.db, 'r', T0, 10, ['other.kind'])).toHaveLength(1)
  })
})
