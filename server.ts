// Sapa's HTTP server: opens the database (PGlite under DATA_DIR, or PostgreSQL with
// DATABASE_URL), brings schema and reference data up to date, loads the demo dataset into an
// empty database when started with --demo, then serves the Remix app.
import { randomBytes } from 'node:crypto'
import { statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import compression from 'compression'
import express from 'express'
import { createRequestHandler } from '@remix-run/express'
import type { ServerBuild } from '@remix-run/node'
import { startCluster } from './app/http/cluster.server'
import { parseEnv } from './app/http/env.server'
import { securityHeaders } from './app/http/security-headers.server'
import { resolveSessionSecret } from './app/accounts/session-secret.server'
import { sameOriginWrites } from './app/http/same-origin.server'
import { openDatabase } from './db/open.server'
import { loadReferenceData } from './seeds/load-reference'
import { expireAbandonedPreviews } from './app/import/import.server'
import { removeUploadLeftovers } from './app/import/upload.server'
import { ImportLane, waitsForItsTurn, withBusyAnswers } from './app/http/database-busy.server'
import { withDbWaitLimit } from './db/db-queue'
import { readScopes } from './app/http/read-routes.server'
import { pageMemoMiddleware, type PageMemoSlot } from './app/dashboards/page-memo.server'
import { loadDemoDataIfEmpty } from './seeds/demo/load-demo'
import { demoUsersPassword, ensureDemoUsers } from './seeds/demo/demo-users'
import { startJobs } from './app/monitoring/start-jobs.server'
import { configureAlertMail } from './app/alerts/mail-settings.server'
import { publicUrlOf } from './app/monitoring/mail-composition.server'

const root = path.dirname(fileURLToPath(import.meta.url))
const buildFile = path.join(root, 'build', 'index.js')

async function main() {
  const env = parseEnv()
  const started = Date.now()
  const log = (message: string) => console.log(`[sapa] ${message}`)
  // Before anything else: production on PostgreSQL refuses to start without SESSION_SECRET.
  env.SESSION_SECRET = resolveSessionSecret(env, (m) => console.warn(`[sapa] warning: ${m}`))
  const { db, engine, close } = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    replicas: { urls: env.DATABASE_READ_URL, waitMs: env.SAPA_REPLICA_WAIT_MS },
    dataDir: env.dataDir,
    purpose: `the Sapa server on port ${env.PORT}`,
  })
  log(
    `database: ${engine === 'pglite' ? `embedded PGlite in ${env.dataDir}` : 'PostgreSQL (DATABASE_URL)'}`,
  )
  const replicas = env.DATABASE_READ_URL.length
  if (replicas > 0) {
    log(`reads of the dashboards, reports and API: ${replicas} replica(s) (DATABASE_READ_URL)`)
  }
  await loadReferenceData(db)
  // Previews left open past their lifetime (a closed tab) give back their staged rows.
  const expired = await expireAbandonedPreviews(db)
  if (expired > 0) log(`import previews closed after 24 h: ${expired}`)
  // Upload folders of processes that are gone (a crash in the middle of a preview).
  const leftovers = await removeUploadLeftovers()
  if (leftovers > 0) log(`upload leftovers removed: ${leftovers}`)
  if (process.argv.includes('--demo')) {
    const demo = await loadDemoDataIfEmpty(db, { log, demo: { scale: env.SAPA_DEMO_SCALE } })
    log(
      demo.loaded
        ? `demo data loaded: ${demo.cases} cases`
        : 'demo data: the database already has cases, left as is',
    )
    const password = demoUsersPassword(env)
    if (password === null) {
      log(
        'demo users: not created (production on PostgreSQL: set SAPA_DEMO_PASSWORD to create them)',
      )
    } else {
      const created = await ensureDemoUsers(db, password)
      log(`demo users: ${created.length ? `created ${created.join(', ')}` : 'present'}`)
    }
  }

  // The stored jobs (mail, clean-up; decision 0027): polled in every process unless SAPA_JOBS=off.
  configureAlertMail({ publicUrl: publicUrlOf(env), secret: env.SESSION_SECRET })
  const jobs = await startJobs(db, env, log)

  const app = express()
  app.disable('x-powered-by')
  // Behind a trusted proxy, req.protocol and req.ip come from X-Forwarded-Proto and -For: the
  // Remix request is https as the browser sent it (so the session cookie is Secure) and the audit
  // log keeps the client's address (TRUST_PROXY, decision 0019).
  app.set('trust proxy', env.TRUST_PROXY)
  // Security headers on every response, with a fresh nonce for Remix's inline scripts.
  app.use((_req, res, next) => {
    const nonce = randomBytes(16).toString('base64')
    res.locals.cspNonce = nonce
    for (const [name, value] of Object.entries(securityHeaders(nonce))) res.setHeader(name, value)
    next()
  })
  // gzip at level 4, not zlib's default 6: a rendered overview (≈ 200 KB of HTML) compresses to
  // 7 % more bytes (41.6 KB against 38.9 KB) for 9 % less of a request's time on the server
  // (35 → 32 ms, decision 0039) — the server's CPU is what a morning's first views wait for.
  app.use(compression({ level: 4 }))
  app.use(
    '/build',
    express.static(path.join(root, 'public', 'build'), { immutable: true, maxAge: '1y' }),
  )
  app.use(express.static(path.join(root, 'public'), { maxAge: '1h' }))

  // In development the build changes under us: re-import it when its file changes.
  let build: ServerBuild | null = null
  let buildStamp = 0
  const currentBuild = async (): Promise<ServerBuild> => {
    const stamp = env.NODE_ENV === 'development' ? statSync(buildFile).mtimeMs : 1
    if (!build || stamp !== buildStamp) {
      build = withBusyAnswers(
        (await import(`${pathToFileURL(buildFile).href}?t=${stamp}`)) as ServerBuild,
      )
      buildStamp = stamp
    }
    return build
  }
  await currentBuild()

  // A write naming another site in its Origin: 403 before any door runs (Remix would answer 500).
  app.use(sameOriginWrites())

  // On the embedded database a request waits at most SAPA_DB_WAIT_MS for its turn behind another
  // (an import's commit), then gets a 503 with Retry-After; the imports' own writes wait their
  // turn, one import at a time in arrival order (decision 0016). PostgreSQL serves many sessions:
  // neither applies there.
  const importLane = new ImportLane()
  app.use((req, res, next) => {
    if (engine === 'postgres') return next()
    if (!waitsForItsTurn(req.method, req.path)) {
      return withDbWaitLimit(env.SAPA_DB_WAIT_MS, next)
    }
    // The turn ends when the response is done, or the client gave up (also while waiting).
    let leave: (() => void) | null = null
    let closed = false
    res.once('close', () => {
      closed = true
      leave?.()
    })
    void importLane.enter().then((ends) => {
      if (closed) return ends()
      leave = ends
      withDbWaitLimit(null, next)
    })
  })
  // The dashboards', reports' and API's reads go to a replica that has caught up (decision 0034).
  if (replicas > 0) app.use(readScopes())
  // Dashboard pages already rendered for the same session, language and data (decision 0013).
  if (env.SAPA_PAGE_MEMO === 'on') app.use(pageMemoMiddleware(db, env.SESSION_SECRET))

  app.all(
    '*',
    createRequestHandler({
      build: currentBuild,
      mode: env.NODE_ENV === 'production' ? 'production' : 'development',
      getLoadContext: (req, res) => ({
        db,
        env,
        engine,
        clientIp: req.ip ?? null,
        cspNonce: res.locals.cspNonce as string,
        pageMemo: res.locals.pageMemo as PageMemoSlot | undefined,
      }),
    }),
  )

  const server = app.listen(env.PORT, () => {
    log(`ready on http://localhost:${env.PORT} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
    // Under `remix dev` (npm run dev), tell the dev server the new build is live.
    if (process.env.REMIX_DEV_ORIGIN && build) {
      import('@remix-run/node').then(({ broadcastDevReady }) => broadcastDevReady(build!))
    }
  })

  server.on('error', (error: NodeJS.ErrnoException) => {
    const reason =
      error.code === 'EADDRINUSE'
        ? `port ${env.PORT} is already in use (set PORT to another one)`
        : error.message
    console.error(`[sapa] cannot listen: ${reason}`)
    close().finally(() => process.exit(1))
  })

  const shutdown = (signal: string) => {
    log(`${signal}: closing`)
    server.close()
    jobs
      .stop()
      .catch(() => {})
      .then(() => close())
      .finally(() => process.exit(0))
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.on('SIGINT', () => shutdown('SIGINT'))
}

/** WEB_CONCURRENCY worker processes on PostgreSQL (app/http/cluster.server.ts), else this one. */
function workerCount(): number {
  const env = parseEnv()
  if (env.WEB_CONCURRENCY > 1 && !env.DATABASE_URL) {
    console.warn('[sapa] warning: WEB_CONCURRENCY needs DATABASE_URL; serving in one process')
    return 1
  }
  return env.WEB_CONCURRENCY
}

try {
  if (!startCluster(workerCount(), (m) => console.log(`[sapa] ${m}`))) {
    main().catch((error) => {
      console.error(
        `[sapa] cannot start: ${error instanceof Error ? error.message : String(error)}`,
      )
      process.exit(1)
    })
  }
} catch (error) {
  console.error(`[sapa] cannot start: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
