// `npm run bench -- pages [--duration 20] [--connections 20] [--database-url URL]
//   [--year 2025] [--region KZ-11] [--out docs/bench/pages.json]`
// The pages under load: against the bench database (sapa_bench, filled by `npm run bench -- fill`;
// --database-url for another), starts the built server (server.ts over build/, `npm run build`
// first), signs in one session of a ministry official per connection, then autocannon with 20
// connections for ~20 s each on the national overview and on a region dashboard, over loopback,
// accepting gzip like a browser. The server runs one process per core (WEB_CONCURRENCY,
// app/http/cluster.server.ts; --workers to change). Twice: as shipped (rendered pages kept per
// session and data version, decision 0013) and with SAPA_PAGE_MEMO=off (every request
// rendered). Per page, one request first (its time is `firstRequestMs`: the computation before
// the cache holds it, decision 0007), then unmeasured requests on every connection that warm
// every worker, then the measured run. p50/p95/p99 latency (from every response's time) and
// requests/s go to docs/bench/pages.json with the machine and the database's size. Goal: p95 ≤
// 300 ms at 10M cases on 2 cores. Also (decision 0037): the HTML bytes of each page (the region
// dashboard folded as first opened, and with every section open), and the first view of the
// overview and the region dashboard after an import's commit — by a session signed in after it,
// as the first official of the morning — with the `pages.warm` job run (one server process, jobs
// polled every 250 ms, measured once the job is done) and without it (SAPA_JOBS=off).
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { createDb, type Db } from '../../db/client.server'
import {
  findRegionIdByCode,
  insertUser,
  setPasswordHash,
  userForSignIn,
} from '../../db/queries/accounts'
import { hashPassword } from '../../app/accounts/passwords.server'
import { commitImport, previewImport } from '../../app/import/import.server'
import { dataVersion } from '../../db/queries/data-version'
import { farmCaseFile } from '../support/farm-case-file'
import { signInHttp } from '../support/sign-in'
import { benchDbUrl } from './bench-db'
import { nodeOptionsOf } from './node-options'

const ROOT = path.resolve(import.meta.dirname, '../..')
const BENCH_USER = 'bench-ministry@sapa.local'

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

/** The bench user (a ministry official: every region and standard) with a fresh password. */
async function benchUser(db: Db): Promise<string> {
  const password = randomBytes(12).toString('base64url')
  const hash = await hashPassword(password)
  const existing = await userForSignIn(db, BENCH_USER)
  if (existing) await setPasswordHash(db, existing.id, hash, new Date())
  else {
    await insertUser(
      db,
      {
        email: BENCH_USER,
        name: 'Benchmark (ministry official)',
        role: 'ministry_official',
        regionId: null,
        agencyId: null,
        passwordHash: hash,
      },
      new Date(),
    )
  }
  return password
}

async function tableCounts(db: Db) {
  const count = async (table: 'cases' | 'surveyResponses' | 'complaints') =>
    (
      await db
        .selectFrom(table as 'cases')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n
  return {
    cases: await count('cases'),
    surveyResponses: await count('surveyResponses'),
    complaints: await count('complaints'),
  }
}

async function startServer(
  databaseUrl: string,
  port: number,
  workers: number,
  memo: boolean,
  env: Record<string, string> = {},
) {
  if (!existsSync(path.join(ROOT, 'build', 'index.js'))) {
    throw new Error('build/index.js is missing: run `npm run build` first')
  }
  const child: ChildProcess = spawn(
    process.execPath,
    [...nodeOptionsOf('serve'), '--import', 'tsx', 'server.ts'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        NODE_ENV: 'production',
        SESSION_SECRET: randomBytes(24).toString('hex'),
        WEB_CONCURRENCY: String(workers),
        SAPA_PAGE_MEMO: memo ? 'on' : 'off',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  child.stdout?.on('data', (d) => (output += d))
  child.stderr?.on('data', (d) => (output += d))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 120_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited early:\n${output}`)
    // All workers up (each brings the reference data up to date before listening, which raises
    // the data version: a cache warmed before the last one starts would be computed again).
    const up = workers > 1 ? output.includes('worker processes serving') : true
    try {
      if (up && (await fetch(`${url}/healthz`)).ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the server did not start in time:\n${output}`)
    await new Promise((r) => setTimeout(r, 300))
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return
      child.kill('SIGTERM')
      await new Promise((r) => child.once('exit', r))
    },
  }
}

/** The q-th percentile (0–100) of sorted samples, nearest-rank. */
function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN
  const rank = Math.ceil((q / 100) * sorted.length)
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!
}

const round = (x: number) => Math.round(x * 10) / 10

/** Each connection is its own client: its own session cookie (cookies[i] for the i-th). */
function clientSessions(cookies: string[]) {
  let next = 0
  return (client: { setHeaders(headers: Record<string, string>): void }) =>
    client.setHeaders({ cookie: cookies[next++ % cookies.length]!, 'accept-encoding': 'gzip' })
}

async function warmUp(url: string, cookies: string[]) {
  await autocannon({
    url,
    connections: cookies.length,
    amount: cookies.length * 3,
    timeout: 120,
    setupClient: clientSessions(cookies),
  })
}

async function load(url: string, cookies: string[], duration: number) {
  const times: number[] = []
  const instance = autocannon({
    url,
    connections: cookies.length,
    duration,
    setupClient: clientSessions(cookies),
  })
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (status === 200) times.push(ms)
  })
  const result = await instance
  times.sort((a, b) => a - b)
  return {
    requests: result.requests.total as number,
    durationSeconds: result.duration as number,
    requestsPerSecond: round((result.requests.total as number) / (result.duration as number)),
    latencyMs: {
      p50: round(percentile(times, 50)),
      p95: round(percentile(times, 95)),
      p99: round(percentile(times, 99)),
      max: round(times[times.length - 1] ?? NaN),
      mean: round(times.reduce((a, b) => a + b, 0) / Math.max(1, times.length)),
    },
    non2xx: result.non2xx as number,
    errors: result.errors as number,
    timeouts: result.timeouts as number,
  }
}

/** One import committed from here: a few farm cases of the region's PSC; the new data version. */
async function importOnce(db: Db, office: string): Promise<number> {
  const stamp = Date.now()
  const preview = await previewImport(db, {
    kind: 'cases',
    fileName: 'bench-warm.csv',
    input: farmCaseFile(
      [1, 2, 3].map((i) => ({
        id: `BENCH-WARM-${stamp}-${i}`,
        office,
        submitted: '2025-10-06T10:00:00+05:00',
        completed: '2025-10-06T15:00:00+05:00',
      })),
    ),
    source: 'bench',
    allowedRegionIds: null,
  })
  await commitImport(db, preview.batchId, { alerts: false })
  return dataVersion(db)
}

/** Waits for the pages.warm job of `version` to finish; its time from the commit. */
async function warmDone(db: Db, version: number, since: number): Promise<number> {
  const deadline = Date.now() + 15 * 60_000
  for (;;) {
    const job = await db
      .selectFrom('jobs')
      .select('status')
      .where('uniqueKey', '=', `pages.warm:${version}`)
      .executeTakeFirst()
    if (job?.status === 'done') return round(performance.now() - since)
    if (job?.status === 'failed' || Date.now() > deadline) {
      throw new Error(`pages.warm:${version} did not finish (${job?.status ?? 'not enqueued'})`)
    }
    await new Promise((r) => setTimeout(r, 100))
  }
}

async function timedGet(url: string, cookie: string, gzip = false) {
  const started = performance.now()
  const response = await fetch(url, {
    headers: { cookie, ...(gzip ? { 'accept-encoding': 'gzip' } : {}) },
    redirect: 'manual',
  })
  const body = Buffer.from(await response.arrayBuffer())
  if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status}`)
  return { ms: round(performance.now() - started), bytes: body.length }
}

/**
 * The first view of each page after an import, by a session signed in after it: with the warm
 * job done, and with no job runner (SAPA_JOBS=off: what every view cost before decision 0037).
 */
async function firstViewsAfterImport(
  databaseUrl: string,
  password: string,
  pages: { name: string; path: string }[],
  office: string,
  log: (m: string) => void,
) {
  const db = await createDb({ kind: 'postgres', url: databaseUrl })
  const runs = []
  try {
    for (const warming of [false, true]) {
      const server = await startServer(databaseUrl, await freePort(), 1, true, {
        SAPA_JOBS: warming ? 'on' : 'off',
        SAPA_JOBS_POLL_MS: '250',
      })
      try {
        // The day before: the pages computed and kept for an earlier session.
        const before = (await signInHttp(server.url, BENCH_USER, password)).cookies.header()
        for (const page of pages) await timedGet(`${server.url}${page.path}`, before)
        const committed = performance.now()
        const version = await importOnce(db, office)
        const warmMs = warming ? await warmDone(db, version, committed) : null
        const morning = (await signInHttp(server.url, BENCH_USER, password)).cookies.header()
        const views: Record<string, number> = {}
        for (const page of pages) {
          views[page.name] = (await timedGet(`${server.url}${page.path}`, morning, true)).ms
        }
        log(
          `after an import, ${warming ? `warmed (job ${warmMs} ms)` : 'not warmed'}: ` +
            pages.map((p) => `${p.name} ${views[p.name]} ms`).join(', '),
        )
        runs.push({ warming, dataVersion: version, warmJobMs: warmMs, firstViewMs: views })
      } finally {
        await server.stop()
      }
    }
  } finally {
    await db.destroy()
  }
  return runs
}

export async function pagesBench(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      duration: { type: 'string' },
      connections: { type: 'string' },
      'database-url': { type: 'string' },
      year: { type: 'string' },
      region: { type: 'string' },
      out: { type: 'string' },
      workers: { type: 'string' },
      note: { type: 'string' },
      office: { type: 'string' },
    },
  })
  const duration = Number(values.duration ?? 20)
  const connections = Number(values.connections ?? 20)
  const year = Number(values.year ?? 2025)
  const region = values.region ?? 'KZ-11'
  // One server process per core, as a deployment on this machine would run (WEB_CONCURRENCY).
  const workers = Number(values.workers ?? os.availableParallelism())
  const databaseUrl = values['database-url'] ?? benchDbUrl()
  const out = path.resolve(ROOT, values.out ?? 'docs/bench/pages.json')
  const log = (m: string) => console.log(`[bench] ${m}`)

  const db = await createDb({ kind: 'postgres', url: databaseUrl })
  const password = await benchUser(db)
  if (!(await findRegionIdByCode(db, region))) throw new Error(`unknown region ${region}`)
  const counts = await tableCounts(db)
  log(`database: ${counts.cases.toLocaleString('en')} cases`)
  await db.destroy()

  const pages = [
    { name: 'overview', path: `/?year=${year}` },
    { name: 'regionDashboard', path: `/regions/${region}?year=${year}` },
  ]
  const results = []
  const htmlBytes: Record<string, number> = {}
  // Twice: as shipped (rendered pages kept per session and data version, decision 0013), and
  // rendering every request (SAPA_PAGE_MEMO=off) — what a client's first view of a page costs.
  for (const memo of [true, false]) {
    const mode = memo ? 'kept pages (as shipped)' : 'every request rendered (SAPA_PAGE_MEMO=off)'
    const server = await startServer(databaseUrl, await freePort(), workers, memo)
    try {
      // One session per connection: 20 clients, each signed in on its own.
      const cookies: string[] = []
      for (let i = 0; i < connections; i++) {
        const { response, cookies: jar } = await signInHttp(server.url, BENCH_USER, password)
        if (response.status !== 302) throw new Error(`sign-in failed: HTTP ${response.status}`)
        cookies.push(jar.header())
      }
      if (memo) {
        // The HTML as sent before compression: each page, and the region with every section open.
        for (const page of [
          ...pages,
          { name: 'regionDashboardAllOpen', path: `/regions/${region}?year=${year}&open=all` },
        ]) {
          htmlBytes[page.name] = (await timedGet(`${server.url}${page.path}`, cookies[0]!)).bytes
        }
        log(`HTML bytes: ${JSON.stringify(htmlBytes)}`)
      }
      for (const page of pages) {
        const url = `${server.url}${page.path}`
        const started = performance.now()
        const first = await fetch(url, { headers: { cookie: cookies[0]! }, redirect: 'manual' })
        await first.arrayBuffer()
        const firstRequestMs = round(performance.now() - started)
        if (first.status !== 200) throw new Error(`${page.path}: HTTP ${first.status}`)
        log(
          `${mode} · ${page.name}: first request ${firstRequestMs} ms; ` +
            `${connections} connections × ${duration} s`,
        )
        // Every worker computes its own cache: unmeasured requests on every connection (spread
        // over the workers) until each has answered, however long the first computation takes.
        await warmUp(url, cookies)
        const result = await load(url, cookies, duration)
        log(
          `${mode} · ${page.name}: ${result.requestsPerSecond} req/s, p50 ${result.latencyMs.p50} ms, ` +
            `p95 ${result.latencyMs.p95} ms, p99 ${result.latencyMs.p99} ms` +
            (result.non2xx || result.errors
              ? ` (non-2xx ${result.non2xx}, errors ${result.errors})`
              : ''),
        )
        results.push({
          mode,
          pageMemo: memo,
          name: page.name,
          path: page.path,
          firstRequestMs,
          ...result,
        })
      }
    } finally {
      await server.stop()
    }
  }
  const afterImport = await firstViewsAfterImport(
    databaseUrl,
    password,
    pages,
    values.office ?? `${region}-PSC-kokshetau-city`,
    log,
  )
  {
    const report = {
      benchmark: 'pages',
      date: new Date().toISOString(),
      ...(values.note ? { note: values.note } : {}),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        /** Other work on the machine when the run started (1-, 5-, 15-minute load average). */
        loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
      },
      database: { engine: 'PostgreSQL (local server)', ...counts },
      settings: {
        connections,
        durationSeconds: duration,
        serverProcesses: workers,
        client:
          'autocannon on the same machine, loopback; each connection its own session of a ministry official; gzip accepted',
        latency: 'from every 200 response, nearest-rank percentiles',
      },
      goal: { p95Ms: 300, atCases: 10_000_000, cpus: 2 },
      results,
      /** Decision 0037: the HTML of each page (bytes, uncompressed); goal ≤ 150 KB for a region. */
      htmlBytes,
      /** Decision 0037: first views after an import (one server process), without and with warming. */
      firstViewAfterImport: afterImport,
      // The goal is for the product as shipped (kept pages); the rendered run shows the cost
      // behind a first view.
      meetsGoal: results
        .filter((r) => r.pageMemo)
        .every((r) => r.latencyMs.p95 <= 300 && r.non2xx === 0 && r.errors === 0),
      // Issue 17, point 1: every request rendered (the page memo off), p95 ≤ 300 ms for both
      // pages; the first view after an import ≤ 1 s; the region page's HTML as first opened
      // ≤ 150 KB. Each part on its own, so that the file says which one is missed.
      issue17: {
        renderedP95: Object.fromEntries(
          results
            .filter((r) => !r.pageMemo)
            .map((r) => [r.name, { p95Ms: r.latencyMs.p95, met: r.latencyMs.p95 <= 300 }]),
        ),
        firstViewAfterImport: {
          worstMs: Math.max(...afterImport.flatMap((a) => Object.values(a.firstViewMs))),
          met: afterImport.every((a) => Object.values(a.firstViewMs).every((ms) => ms <= 1000)),
        },
        // 150 KB read as 150,000 bytes (the stricter reading).
        regionHtml: {
          bytes: htmlBytes.regionDashboard ?? null,
          met: (htmlBytes.regionDashboard ?? Infinity) <= 150_000,
        },
      },
    }
    mkdirSync(path.dirname(out), { recursive: true })
    writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`)
    log(`written to ${path.relative(ROOT, out)}`)
  }
}
