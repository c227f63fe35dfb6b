// Reads on real streaming replicas (decision 0034). The test makes its own PostgreSQL 15 primary
// and two `pg_basebackup -R` replicas on free ports (test/support/streaming-replica.ts), starts the
// built server on them (DATABASE_URL, DATABASE_READ_URL, demo data and users) and imports on the
// primary as an operator would. Proven over HTTP: a region's XLSX report states the primary's data
// version in its page header and shows that version's figures — read from the replicas when they
// have caught up; after waiting, or from the primary, while replay is paused; from the other
// replica while one is stopped, from the primary while both are, and from each again once it is
// back. /healthz counts each replica's reads and the requests that read from the primary. On the
// routing driver itself: inside a read scope, transactions (with a savepoint), writes and the reads
// after a write run on the primary.
import ExcelJS from 'exceljs'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDb, type Db } from '../../db/client.server'
import { withReadScope } from '../../db/read-scope'
import { replicaStatus } from '../../db/replica-router'
import { commitImport, previewImport } from '../../app/import/import.server'
import { startAppServer, type AppServer } from '../support/app-server'
import { Cookies, request, signInHttp } from '../support/sign-in'
import {
  replicaTestsUnavailable,
  startStreamingCluster,
  type StreamingCluster,
} from '../support/streaming-replica'

const unavailable = replicaTestsUnavailable()
if (unavailable) console.warn(`read-replica tests skipped: ${unavailable}`)

const PSC = 'KZ-11-PSC-kokshetau-city'
const FARM = 'private-farm-certificate'
/** The bound on a read's wait for the replica (SAPA_REPLICA_WAIT_MS) in this test. */
const WAIT_MS = 2_000
const HEADER =
  'external_id,standard,variant,channel,office,submitted_at,completed_at,result,wait_minutes_submit,wait_minutes_pickup,service_minutes,docs_correct,first_time_correct,suspended_from,suspended_to'

/**
 * A farm-certificate case at the Kokshetau PSC submitted on Wednesday 3 February 2021 at 10:00.
 * The PSC's term is 2 calendar days (decision 0002): completed on the 4th it is on time (1.1's
 * numerator), on the 10th late; either way it counts in 1.1's denominator. The demo data has no
 * case in 2021, so the year's figures are exactly the cases imported here.
 */
const caseLine = (id: string, completed: '04' | '10') =>
  [
    id,
    FARM,
    'standard',
    'public_service_center',
    PSC,
    '2021-02-03T10:00:00+05:00',
    `2021-02-${completed}T15:00:00+05:00`,
    'issued',
    '5',
    '8',
    '12',
    'yes',
    'yes',
    '',
    '',
  ].join(',')

interface Health {
  replicas: {
    replicas: { replica: number; state: 'up' | 'down'; reads: number }[]
    primaryScopes: number
    lastWaitMs: number
  }
}

const title = `read replicas (DATABASE_READ_URL)${unavailable ? ` — skipped: ${unavailable}` : ''}`

describe.skipIf(unavailable !== null)(title, () => {
  let cluster: StreamingCluster | undefined
  let server: AppServer | undefined
  let primary: Db | undefined
  const cookies = new Cookies()
  let imported = 0

  beforeAll(async () => {
    cluster = await startStreamingCluster(2)
    server = await startAppServer({
      demoScale: 0.01,
      env: {
        DATABASE_URL: cluster.primaryUrl,
        DATABASE_READ_URL: cluster.replicaUrls.join(','),
        SAPA_REPLICA_WAIT_MS: String(WAIT_MS),
        SAPA_DEMO_PASSWORD: 'demo',
        // Every request rendered: a kept page (decision 0013) would not read at all.
        SAPA_PAGE_MEMO: 'off',
      },
    })
    primary = await createDb({ kind: 'postgres', url: cluster.primaryUrl, maxConnections: 2 })
    expect(
      (await signInHttp(server.url, 'ministry@demo.kz', 'demo', cookies)).response.status,
    ).toBe(302)
    // English column names in the report.
    await request(`${server.url}/regions?lang=en`, cookies)
  }, 120_000)

  afterAll(async () => {
    await server?.stop()
    await primary?.destroy()
    await cluster?.stop()
  })

  /** Imports cases on the primary, as the Import page would (preview, then commit). */
  const importCases = async (...completed: ('04' | '10')[]) => {
    const lines = completed.map((day) => caseLine(`R-${++imported}`, day))
    const preview = await previewImport(primary!, {
      kind: 'cases',
      fileName: 'cases.csv',
      input: new TextEncoder().encode([HEADER, ...lines].join('\r\n') + '\r\n'),
      source: 'replica-test',
      allowedRegionIds: null,
    })
    expect(preview.errors).toEqual([])
    await commitImport(primary!, preview.batchId, { alerts: false })
  }

  const primaryVersion = async () =>
    Number((await cluster!.onPrimary('select version from data_version'))[0]!.version)

  const health = async (): Promise<Health['replicas']> =>
    ((await (await fetch(`${server!.url}/healthz`)).json()) as Health).replicas

  /** The region's offices report for 2021: its stated data version and the PSC's 1.1 counts. */
  const report = async () => {
    const started = performance.now()
    const response = await request(
      `${server!.url}/regions/KZ-11/export?table=offices&format=xlsx&year=2021`,
      cookies,
    )
    const ms = Math.round(performance.now() - started)
    expect(response.status).toBe(200)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(await response.arrayBuffer())
    const sheet = book.worksheets[0]!
    const version = /Data version: (\d+)/.exec(sheet.headerFooter.oddHeader ?? '')?.[1]
    const header = (sheet.getRow(1).values as unknown[]).map(String)
    const column = (name: string) => header.indexOf(name)
    let row: ExcelJS.Row | undefined
    sheet.eachRow((r) => {
      if (r.getCell(1).value === PSC) row = r
    })
    expect(row, `no row for ${PSC}`).toBeDefined()
    return {
      version: Number(version),
      onTime: Number(row!.getCell(column('1.1 Numerator')).value),
      cases: Number(row!.getCell(column('1.1 Denominator')).value),
      ms,
    }
  }

  /** Each replica's read count, in order. */
  const reads = (h: Health['replicas']) => h.replicas.map((r) => r.reads)
  const more = (after: number[], before: number[]) => after.map((n, i) => n > before[i]!)

  it('pages and the API read from the replicas once they have replayed the data version', async () => {
    await importCases('04', '04', '10')
    const before = await health()
    // Two on time, one late, out of the three imported.
    expect(await report()).toMatchObject({ version: await primaryVersion(), onTime: 2, cases: 3 })
    const first = await health()
    console.log(`read-replica wait right after an import (streaming lag): ${first.lastWaitMs} ms`)
    const api = await request(
      `${server!.url}/api/v1/indicators?year=2021&standard=${FARM}&office=${PSC}`,
      cookies,
    )
    const rows = ((await api.json()) as { rows: { code: string; numerator: number }[] }).rows
    expect(rows.find((r) => r.code === '1.1')).toMatchObject({ numerator: 2, denominator: 3 })
    const page = await request(`${server!.url}/regions/KZ-11?year=2021`, cookies)
    expect(page.status).toBe(200)
    const after = await health()
    expect(after.replicas.map((r) => r.state)).toEqual(['up', 'up'])
    // Three requests taken in turn by two replicas: both served.
    expect(more(reads(after), reads(before))).toEqual([true, true])
    expect(after.primaryScopes).toBe(before.primaryScopes)
  })

  it('with replay paused, a page states the new version with its figures: waited for, or from the primary', async () => {
    await cluster!.onReplica(0, 'select pg_wal_replay_pause()')
    await cluster!.onReplica(1, 'select pg_wal_replay_pause()')
    try {
      await importCases('04', '04')
      const version = await primaryVersion()
      for (const i of [0, 1]) {
        const [row] = await cluster!.onReplica(i, 'select version from data_version')
        expect(Number(row!.version)).toBeLessThan(version)
      }

      // Neither replica catches up: after WAIT_MS the reads go to the primary.
      const before = await health()
      const paused = await report()
      expect(paused).toMatchObject({ version, onTime: 4, cases: 5 })
      const fellBack = await health()
      expect(fellBack.primaryScopes).toBe(before.primaryScopes + 1)
      expect(fellBack.lastWaitMs).toBeGreaterThanOrEqual(WAIT_MS - 20)
      expect(reads(fellBack)).toEqual(reads(before))

      // The second replica's replay resumes 150 ms into the request's wait: the read waits for
      // it and is served there, while the first stays paused.
      await importCases('10')
      const resumed = setTimeout(
        () => void cluster!.onReplica(1, 'select pg_wal_replay_resume()'),
        150,
      )
      const waited = await report()
      clearTimeout(resumed)
      expect(waited).toMatchObject({ version: await primaryVersion(), onTime: 4, cases: 6 })
      const after = await health()
      expect(after.primaryScopes).toBe(fellBack.primaryScopes)
      expect(more(reads(after), reads(fellBack))).toEqual([false, true])
      // It waited (no replica had caught up when the request began), less than the bound.
      expect(after.lastWaitMs).toBeGreaterThan(50)
      expect(after.lastWaitMs).toBeLessThan(WAIT_MS)
      console.log(
        `read-replica waits: replay paused → ${fellBack.lastWaitMs} ms, then the primary ` +
          `(page ${paused.ms} ms); replay resumed after 150 ms → ${after.lastWaitMs} ms ` +
          `(page ${waited.ms} ms)`,
      )
    } finally {
      for (const i of [0, 1]) {
        await cluster!.onReplica(i, 'select pg_wal_replay_resume()').catch(() => {})
      }
    }
  })

  it('a replica that goes away is skipped; with none, pages read from the primary; each serves again once back', async () => {
    await cluster!.stopReplica(0)
    await importCases('04')
    const before = await health()
    expect(await report()).toMatchObject({ version: await primaryVersion(), onTime: 5, cases: 7 })
    expect(await report()).toMatchObject({ version: await primaryVersion(), onTime: 5, cases: 7 })
    const oneGone = await health()
    // Both requests went to the replica still up; the stopped one is marked down.
    expect(oneGone.replicas.map((r) => r.state)).toEqual(['down', 'up'])
    expect(more(reads(oneGone), reads(before))).toEqual([false, true])
    expect(oneGone.primaryScopes).toBe(before.primaryScopes)

    await cluster!.stopReplica(1)
    await importCases('10')
    expect(await report()).toMatchObject({ version: await primaryVersion(), onTime: 5, cases: 8 })
    const bothGone = await health()
    expect(bothGone.replicas.map((r) => r.state)).toEqual(['down', 'down'])
    expect(reads(bothGone)).toEqual(reads(oneGone))
    expect(bothGone.primaryScopes).toBe(oneGone.primaryScopes + 1)

    await cluster!.startReplica(0)
    await cluster!.startReplica(1)
    // A failed replica is asked again a second after it failed (decision 0034).
    const restarted = Date.now()
    const deadline = restarted + 15_000
    let back = bothGone
    while (more(reads(back), reads(bothGone)).includes(false) && Date.now() < deadline) {
      expect(await report()).toMatchObject({ onTime: 5, cases: 8 })
      back = await health()
      await new Promise((r) => setTimeout(r, 100))
    }
    console.log(`read replicas serving again ${Date.now() - restarted} ms after their restart`)
    expect(back.replicas.map((r) => r.state)).toEqual(['up', 'up'])
    expect(more(reads(back), reads(bothGone))).toEqual([true, true])
  })

  it('in a read scope, a transaction, a write and every read after the write run on the primary', async () => {
    // A table on the primary that both replicas have replayed.
    await cluster!.onPrimary('create table replica_probe (n int)')
    const probe = async (i: number) =>
      (await cluster!.onReplica(i, "select to_regclass('replica_probe') as t"))[0]!.t
    for (const i of [0, 1]) {
      for (let tries = 0; (await probe(i)) === null && tries < 100; tries++) {
        await new Promise((r) => setTimeout(r, 50))
      }
    }
    const routed = await createDb({
      kind: 'postgres',
      url: cluster!.primaryUrl,
      maxConnections: 2,
      replicas: { urls: cluster!.replicaUrls, waitMs: 50 },
    })
    const count = async (db: Db) =>
      (await sql<{ n: number }>`select count(*)::int as n from replica_probe`.execute(db)).rows[0]!
        .n
    const replicaReads = () => replicaStatus(routed)!.replicas.reduce((n, r) => n + r.reads, 0)
    try {
      await withReadScope(async () => {
        // The scope's first read: from a replica (both have caught up).
        expect(await count(routed)).toBe(0)
        expect(replicaReads()).toBe(1)
        // From here on the replicas see none of the rows the primary gets.
        for (const i of [0, 1]) await cluster!.onReplica(i, 'select pg_wal_replay_pause()')
        // On a replica the insert would be refused (read-only): the transaction is the primary's.
        const inside = await routed.transaction().execute(async (tx) => {
          await sql`insert into replica_probe values (1)`.execute(tx)
          return count(tx)
        })
        expect(inside).toBe(1)
        // A savepoint rolled back inside a controlled transaction, on the same connection.
        const tx = await routed.startTransaction().execute()
        const saved = await tx.savepoint('before_two').execute()
        await sql`insert into replica_probe values (2)`.execute(saved)
        await saved.rollbackToSavepoint('before_two').execute()
        await sql`insert into replica_probe values (3)`.execute(saved)
        await saved.commit().execute()
        // After its writes the scope reads from the primary, and sees them (rows 1 and 3) —
        // the replica it read from first has neither.
        expect(await count(routed)).toBe(2)
        expect(replicaReads()).toBe(1)
      })
      const before = replicaStatus(routed)!
      // A new scope: no replica replays the rows within 50 ms, so the primary answers.
      expect(await withReadScope(() => count(routed))).toBe(2)
      expect(replicaStatus(routed)!.primaryScopes).toBe(before.primaryScopes + 1)
      for (const i of [0, 1]) {
        const [row] = await cluster!.onReplica(i, 'select count(*)::int as n from replica_probe')
        expect(row!.n).toBe(0)
      }
    } finally {
      await routed.destroy()
      for (const i of [0, 1]) {
        await cluster!.onReplica(i, 'select pg_wal_replay_resume()').catch(() => {})
      }
    }
  })
})
