// A running server (the built app) during a 50,000-row import (decision 0016), on each engine of
// the run: /healthz keeps answering within a second, a second import sent meanwhile completes —
// on the embedded database after the first, in arrival order — and a server killed with SIGKILL
// in the middle of a commit restarts on the same data with the batch still a preview, none of its
// cases stored and the rollups as they were. On the embedded database, a request arriving during
// that commit with a short SAPA_DB_WAIT_MS gets 503 with Retry-After (JSON, or a localized page).
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createDb, type Db } from '../../db/client.server'
import { writeIngestFile } from '../bench/ingest-file'
import { apiTokenFor } from '../support/api-token'
import { startAppServer, type AppServer } from '../support/app-server'
import { databaseUrlWithName, dropTestDatabase } from '../support/database-url'
import { engines, type Engine } from '../support/test-db'

const BIG = 50_000
const SMALL = 3_000

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

interface World {
  dir: string
  /** The server's environment for this engine (DATABASE_URL on PostgreSQL). */
  env: Record<string, string>
  dataDir: string
  openDb: () => Promise<Db>
  /** Closes what openDb opened (the embedded database must be free for the server). */
  closeDb: (db: Db) => Promise<void>
  drop: () => Promise<void>
  token: string
  big: Buffer
  small: Buffer
}

async function prepare(engine: Engine): Promise<World> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sapa-load-'))
  const dataDir = path.join(dir, 'data')
  let world: Omit<World, 'token' | 'big' | 'small'>
  if (engine === 'pglite') {
    let first = true
    world = {
      dir,
      dataDir,
      env: {},
      openDb: async () => {
        // The first opening unpacks the migrated template (global-setup.ts) into the directory.
        const dump = first ? new Blob([readFileSync(inject('pgliteTemplateFile'))]) : undefined
        first = false
        return createDb({ kind: 'pglite', dataDir, loadDataDir: dump })
      },
      closeDb: (db) => db.destroy(),
      drop: async () => {},
    }
  } else {
    const serverUrl = process.env.TEST_DATABASE_URL!
    const name = `sapa_load_${randomBytes(6).toString('hex')}`
    const admin = new pg.Client({ connectionString: serverUrl })
    await admin.connect()
    await admin.query(`create database ${name} template ${inject('postgresTemplate')}`)
    await admin.end()
    const url = databaseUrlWithName(serverUrl, name)
    world = {
      dir,
      dataDir,
      env: { DATABASE_URL: url, SAPA_DEMO_PASSWORD: 'demo' },
      openDb: () => createDb({ kind: 'postgres', url, maxConnections: 2 }),
      closeDb: (db) => db.destroy(),
      drop: () => dropTestDatabase(serverUrl, name),
    }
  }
  const db = await world.openDb()
  const token = await apiTokenFor(db, 'admin')
  // One generated file of 53,000 distinct cases: the first 50,000 and the last 3,000.
  const file = path.join(dir, 'cases.csv')
  expect(await writeIngestFile(db, file, BIG + SMALL, { idPrefix: 'LOAD' })).toBe(BIG + SMALL)
  await world.closeDb(db)
  const [header, ...lines] = readFileSync(file, 'utf8').trimEnd().split('\r\n')
  const csv = (part: string[]) => Buffer.from([header, ...part].join('\r\n') + '\r\n')
  const big = csv(lines.slice(0, BIG))
  const small = csv(lines.slice(BIG))
  writeFileSync(file, '')
  return { ...world, token, big, small }
}

/** POST /api/v1/import/cases (preview and commit in one call): the answer and when it came. */
async function importFile(server: AppServer, token: string, source: string, body: Buffer) {
  const response = await fetch(
    `${server.url}/api/v1/import/cases?source=${source}&file_name=${source}.csv`,
    {
      method: 'POST',
      body: new Uint8Array(body),
      headers: { 'Content-Type': 'text/csv', Authorization: `Bearer ${token}` },
    },
  )
  const json = (await response.json()) as {
    committed: { batch_id: number; rows_inserted: number } | null
  }
  return { status: response.status, json, at: performance.now() }
}

async function health(server: AppServer) {
  const started = performance.now()
  const response = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(5_000) })
  const body = (await response.json()) as { status: string; busy?: { statementMs: number } }
  return { status: response.status, body, ms: performance.now() - started, started }
}

/** What a commit changes in the rollups: their totals, to compare before and after. */
async function rollupTotals(db: Db) {
  const { rows } = await sql<Record<string, number>>`
    select
      (select coalesce(sum(cases), 0)::int from rollup_cases_due) as due_cases,
      (select coalesce(sum(on_time), 0)::int from rollup_cases_due) as due_on_time,
      (select coalesce(sum(wait_recorded), 0)::int from rollup_cases_submitted) as wait_recorded,
      (select coalesce(sum(first_ok), 0)::int from rollup_cases_submitted) as first_ok,
      (select coalesce(sum(served), 0)::int from rollup_cases_completed) as served,
      (select count(*)::int from cases) as cases`.execute(db)
  return rows[0]!
}

for (const engine of engines) {
  describe(`a server during a 50,000-row import [${engine}]`, () => {
    let world: World

    beforeAll(async () => {
      world = await prepare(engine)
    }, 180_000)

    afterAll(async () => {
      await world?.drop()
      if (world) rmSync(world.dir, { recursive: true, force: true })
    })

    it('20 /healthz calls during the import all answer 200 within 1 s, and a second import sent meanwhile completes too — after the first on the embedded database', async () => {
      const server = await startAppServer({ dataDir: world.dataDir, env: world.env, demo: false })
      try {
        let bigDone = false
        const big = importFile(server, world.token, 'load-big', world.big).finally(
          () => (bigDone = true),
        )
        // The first import holds the database before the second is sent: on the embedded
        // database /healthz says so; PostgreSQL has no queue to show — give the upload a moment.
        if (engine === 'pglite') {
          for (let i = 0; i < 200 && !(await health(server)).body.busy; i++) await pause(25)
        } else {
          await pause(300)
        }
        const small = importFile(server, world.token, 'load-small', world.small)
        const checks: Awaited<ReturnType<typeof health>>[] = []
        const during: boolean[] = []
        for (let i = 0; i < 20; i++) {
          during.push(!bigDone)
          checks.push(await health(server))
          await pause(100)
        }
        const [first, second] = await Promise.all([big, small])

        expect(checks.map((c) => c.status)).toEqual(Array(20).fill(200))
        expect(checks.filter((c) => c.ms >= 1000)).toEqual([])
        // All 20 were sent while the 50,000 rows were still being imported.
        expect(during).toEqual(Array(20).fill(true))
        expect(first.status).toBe(200)
        expect(first.json.committed?.rows_inserted).toBe(BIG)
        expect(second.status).toBe(200)
        expect(second.json.committed?.rows_inserted).toBe(SMALL)
        if (engine === 'pglite') {
          // Imports take their turn: the second (3,000 rows) waited for the first (50,000).
          expect(second.at).toBeGreaterThan(first.at)
          expect(second.json.committed!.batch_id).toBeGreaterThan(first.json.committed!.batch_id)
        }
      } finally {
        await server.stop({ keepData: true })
      }
    }, 300_000)

    it('a server killed (SIGKILL) in the middle of a 50,000-row commit restarts on the same data: the batch is still a preview, none of its cases stored, the rollups unchanged (and meanwhile, on the embedded database, a request past SAPA_DB_WAIT_MS got 503 with Retry-After)', async () => {
      const db0 = await world.openDb()
      const before = await rollupTotals(db0)
      await world.closeDb(db0)

      // A short wait limit: a request arriving during the commit is turned away, not kept waiting.
      const server = await startAppServer({
        dataDir: world.dataDir,
        env: { ...world.env, SAPA_DB_WAIT_MS: '200' },
        demo: false,
      })
      const watcher =
        engine === 'postgres' ? new pg.Client({ connectionString: world.env.DATABASE_URL }) : null
      await watcher?.connect()
      try {
        // The same 50,000 rows under another source: all new, one long commit statement (the plain
        // insert of a batch found all new, decision 0035, or the upsert).
        const sent = importFile(server, world.token, 'killed', world.big).catch(() => null)
        const committing = async () => {
          if (watcher) {
            const { rows } = await watcher.query<{ n: number }>(
              `select count(*)::int as n from pg_stat_activity
               where datname = current_database() and state = 'active'
                 and pid <> pg_backend_pid()
                 and (query like '%with written as%' or query like 'insert into cases as t%')`,
            )
            return rows[0]!.n > 0
          }
          // Staging and compare statements take well under 0.5 s each; the commit's upsert of
          // 50,000 rows several seconds.
          return ((await health(server)).body.busy?.statementMs ?? 0) > 700
        }
        let caught = false
        for (let i = 0; i < 1200 && !caught; i++) {
          caught = await committing()
          if (!caught) await pause(25)
        }
        expect(caught).toBe(true)
        if (engine === 'pglite') {
          // Meanwhile, a request that needs the database: 503 with Retry-After, not a hang —
          // JSON on the API, a page in the asked language otherwise.
          const [api, page] = await Promise.all([
            fetch(`${server.url}/api/v1/regions`, {
              headers: { Authorization: `Bearer ${world.token}` },
            }),
            fetch(`${server.url}/open-data?lang=en`),
          ])
          expect(api.status).toBe(503)
          expect(Number(api.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1)
          expect(await api.json()).toMatchObject({ error: 'database_busy' })
          expect(page.status).toBe(503)
          expect(Number(page.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1)
          expect(await page.text()).toContain('The database is busy')
        }
        await server.kill()
        expect(await sent).toBeNull()
        // PostgreSQL: the killed server's session ends with its socket (the statement may
        // still finish; the COMMIT never comes). Wait until it is gone.
        for (let i = 0; watcher && i < 600; i++) {
          const { rows } = await watcher.query<{ n: number }>(
            `select count(*)::int as n from pg_stat_activity
             where datname = current_database() and pid <> pg_backend_pid()`,
          )
          if (rows[0]!.n === 0) break
          await pause(100)
        }
      } finally {
        await watcher?.end()
        await server.stop({ keepData: true })
      }

      const again = await startAppServer({ dataDir: world.dataDir, env: world.env, demo: false })
      try {
        const response = await fetch(`${again.url}/api/v1/imports`, {
          headers: { Authorization: `Bearer ${world.token}` },
        })
        expect(response.status).toBe(200)
        const { batches } = (await response.json()) as {
          batches: { source: string; status: string }[]
        }
        expect(batches.filter((b) => b.source === 'killed').map((b) => b.status)).toEqual([
          'preview',
        ])
      } finally {
        await again.stop({ keepData: true })
      }

      const db = await world.openDb()
      try {
        expect(await rollupTotals(db)).toEqual(before)
        const { n } = await db
          .selectFrom('cases')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('source', '=', 'killed')
          .executeTakeFirstOrThrow()
        expect(n).toBe(0)
      } finally {
        await world.closeDb(db)
      }
    }, 300_000)
  })
}
