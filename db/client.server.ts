// createDb(): a Kysely instance on real PostgreSQL when DATABASE_URL is set, on an embedded
// PGlite database in DATA_DIR otherwise. Both engines get the same type parsers.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { CamelCasePlugin, Kysely, PGliteDialect, PostgresDialect } from 'kysely'
import pg from 'pg'
import type { PGlite } from '@electric-sql/pglite'
import { registerEngine } from './copy-from'
import type { DB } from './schema'
import { typeParsers } from './type-parsers'

export type Db = Kysely<DB>

export type DbTarget =
  | { kind: 'postgres'; url: string; maxConnections?: number }
  | { kind: 'pglite'; dataDir: string | null; loadDataDir?: Blob }

export function dbTargetFromEnv(env: NodeJS.ProcessEnv = process.env): DbTarget {
  if (env.DATABASE_URL) return { kind: 'postgres', url: env.DATABASE_URL }
  return { kind: 'pglite', dataDir: path.resolve(env.DATA_DIR ?? './.data') }
}

// The plugin also camel-cases keys nested in results: json built by jsonArrayFrom, and jsonb
// documents (a stored { what_en } reads back as { whatEn }). Store jsonb with camelCase keys.
const plugins = [new CamelCasePlugin()]

export async function createDb(target: DbTarget = dbTargetFromEnv()): Promise<Db> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: target.maxConnections ?? 10,
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
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins })
    registerEngine(db, { kind: 'postgres', pool })
    return db
  }
  const pglite = await openPglite(target)
  return dbOnPglite(pglite)
}

/** The raw embedded database, for callers that need PGlite itself (test templates: dumpDataDir). */
export async function openPglite(target: Extract<DbTarget, { kind: 'pglite' }>): Promise<PGlite> {
  const { PGlite } = await import('@electric-sql/pglite')
  if (target.dataDir) mkdirSync(target.dataDir, { recursive: true })
  return PGlite.create({
    dataDir: target.dataDir ?? undefined,
    loadDataDir: target.loadDataDir,
    parsers: typeParsers,
  })
}

export function dbOnPglite(pglite: PGlite): Db {
  const db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite }), plugins })
  registerEngine(db, { kind: 'pglite', pglite })
  return db
}
