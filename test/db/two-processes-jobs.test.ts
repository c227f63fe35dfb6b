// Two server processes on one PostgreSQL database race for the same due jobs: two runners, each
// on its own connection pool (as two processes have), poll 50 due jobs at once. Each job runs
// exactly once, and both runners take part. PostgreSQL only: the embedded database belongs to
// one process (decision 0016), so there is nothing to race there.
import pg from 'pg'
import { randomBytes } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import { z } from 'zod'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createDb, type Db } from '../../db/client.server'
import { enqueueJob } from '../../db/queries/jobs'
import { defineJobKind, JobRegistry } from '../../app/monitoring/job-kinds.server'
import { JobRunner } from '../../app/monitoring/job-runner.server'
import { databaseUrlWithName, dropTestDatabase } from '../support/database-url'

const url = process.env.TEST_DATABASE_URL

describe.skipIf(!url)('two processes on PostgreSQL (needs TEST_DATABASE_URL)', () => {
  const name = `sapa_test_${randomBytes(6).toString('hex')}`
  let first: Db
  let second: Db

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: url })
    await admin.connect()
    await admin.query(`create database ${name} template ${inject('postgresTemplate')}`)
    await admin.end()
    first = await createDb({
      kind: 'postgres',
      url: databaseUrlWithName(url!, name),
      maxConnections: 3,
    })
    second = await createDb({
      kind: 'postgres',
      url: databaseUrlWithName(url!, name),
      maxConnections: 3,
    })
  })
  afterAll(async () => {
    await first?.destroy()
    await second?.destroy()
    await dropTestDatabase(url!, name)
  })

  it('runs each of 50 due jobs exactly once between two runners polling at the same time', async () => {
    const ranBy = new Map<number, string[]>()
    const registry = (runner: string) =>
      new JobRegistry().register(
        defineJobKind({
          kind: 'test.race',
          payload: z.object({ n: z.number() }),
          run: async ({ jobId }) => {
            ranBy.set(jobId, [...(ranBy.get(jobId) ?? []), runner])
            // Long enough that the other runner polls while this one holds its batch.
            await sleep(10)
          },
        }),
      )
    const past = new Date(Date.now() - 1_000)
    for (let n = 0; n < 50; n++) {
      await enqueueJob(first, { kind: 'test.race', payload: { n }, runAt: past })
    }
    const a = new JobRunner({ db: first, registry: registry('a'), runnerId: 'a', batchSize: 5 })
    const b = new JobRunner({ db: second, registry: registry('b'), runnerId: 'b', batchSize: 5 })
    const [pa, pb] = await Promise.all([a.runDue(), b.runDue()])

    expect(pa.done + pb.done).toBe(50)
    expect(ranBy.size).toBe(50)
    expect([...ranBy.values()].filter((runners) => runners.length !== 1)).toEqual([])
    // Both took part (each holds its batch of 5 for ≥ 50 ms while the other claims).
    expect(pa.done).toBeGreaterThan(0)
    expect(pb.done).toBeGreaterThan(0)

    const rows = await first
      .selectFrom('jobs')
      .select(['status', 'attempts'])
      .where('kind', '=', 'test.race')
      .execute()
    expect(rows.every((r) => r.status === 'done' && r.attempts === 1)).toBe(true)
    const runs = await first
      .selectFrom('jobRuns')
      .select(['jobId', 'outcome'])
      .where('kind', '=', 'test.race')
      .execute()
    expect(runs).toHaveLength(50)
    expect(new Set(runs.map((r) => r.jobId)).size).toBe(50)
  })
})
