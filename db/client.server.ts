// createDb(): a Kysely instance on real PostgreSQL when DATABASE_URL is set, on an embedded
// PGlite database in DATA_DIR otherwise — run in its own thread behind one queue (decision 0016,
// db/embedded-client.ts). Both engines get the same type parsers.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { CamelCasePlugin, Kysely, PostgresDialect, PostgresDriver } from 'kysely'
import pg from 'pg'
import { engineOf, registerEngine } from './copy-from'
import type { QueueState } from './db-queue'
import { EmbeddedDatabase, EmbeddedDialect } from './embedded-client'
import { registerRouter, ReplicaRouter, routingDialect } from './replica-router'
import type { DB } from './schema'
import { typeParsers } from './type-parsers'

export type Db = Kysely<DB>

export type DbTarget =
  | {
      kind: 'postgres'
      url: string
      maxConnections?: number
      /** Streaming replicas for the reads of read scopes (decision 0034, db/replica-router.ts). */
      replicas?: { urls: string[]; waitMs: number; retryMs?: number }
    }
  | { kind: 'pglite'; dataDir: string | null; loadDataDir?: Blob }

export function dbTargetFromEnv(env: NodeJS.ProcessEnv = process.env): DbTarget {
  if (env.DATABASE_URL) return { kind: 'postgres', url: env.DATABASE_URL }
  return { kind: 'pglite', dataDir: path.resolve(env.DATA_DIR ?? './.data') }
}

// The plugin also camel-cases keys nested in results: json built by jsonArrayFrom, and jsonb
// documents (a stored { what_en } reads back as { whatEn }). Store jsonb with camelCase keys.
const plugins = [new CamelCasePlugin()]

function postgresPool(url: string, max: number, connectionTimeoutMillis?: number): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    connectionTimeoutMillis,
    types: {
      getTypeParser: ((oid: number, format?: string) =>
        typeParsers[oid] ??
        pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  })
  // An idle connection the server drops (restart, administrator command) must not take the
  // process down: the pool discards it and opens another on the next query.
  pool.on('error', (error) => {
    console.error(`PostgreSQL connection lost: ${error.message}`)
  })
  return pool
}

export async function createDb(target: DbTarget = dbTargetFromEnv()): Promise<Db> {
  if (target.kind === 'postgres') {
    const max = target.maxConnections ?? 10
    const pool = postgresPool(target.url, max)
    const replicas = target.replicas
    const router = replicas?.urls.length
      ? new ReplicaRouter(
          new PostgresDriver({ pool }),
          replicas.urls.map(
            // A replica that does not answer is skipped, not waited for (decision 0034).
            (url) => new PostgresDriver({ pool: postgresPool(url, max, 1_000) }),
          ),
          { waitMs: replicas.waitMs, retryMs: replicas.retryMs },
        )
      : null
    const dialect = router ? routingDialect(router) : new PostgresDialect({ pool })
    const db = new Kysely<DB>({ dialect, plugins })
    registerEngine(db, { kind: 'postgres', pool })
    if (router) registerRouter(db, router)
    return db
  }
  if (target.dataDir) mkdirSync(target.dataDir, { recursive: true })
  const embedded = await EmbeddedDatabase.open({
    dataDir: target.dataDir,
    loadDataDir: target.loadDataDir,
  })
  const db = new Kysely<DB>({ dialect: new EmbeddedDialect(embedded), plugins })
  registerEngine(db, {
    kind: 'pglite',
    copy: (sql, data) => embedded.copy(sql, data),
    queueState: () => embedded.queue.state(),
    dump: () => embedded.dump(),
  })
  return db
}

/** The embedded database's queue right now (null on PostgreSQL): what /healthz reports. */
export function embeddedQueueState(db: Db): QueueState | null {
  const engine = engineOf(db)
  return engine?.kind === 'pglite' ? engine.queueState() : null
}

/** The embedded database's data directory as a tar (a template that createDb can load). */
export async function dumpEmbedded(db: Db): Promise<Blob> {
  const engine = engineOf(db)
  if (engine?.kind !== 'pglite') throw new Error('dumpEmbedded needs an embedded database')
  return engine.dump()
}
