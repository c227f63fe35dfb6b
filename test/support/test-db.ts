// A fresh database per test file, on each engine the run has: PGlite always, PostgreSQL when
// TEST_DATABASE_URL is set. Both start from the template built in global-setup.ts (migrated,
// reference data loaded), so a test only adds the rows it needs.
import { readFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { afterAll, beforeAll, describe, inject } from 'vitest'
import { createDb, type Db } from '../../db/client.server'
import { databaseUrlWithName, dropTestDatabase } from './database-url'

export type Engine = 'pglite' | 'postgres'

export const engines: Engine[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite']

export interface TestDb {
  db: Db
  engine: Engine
  close: () => Promise<void>
}

/** An empty database (no schema), to test the migrations themselves. */
export async function openEmptyTestDb(engine: Engine): Promise<TestDb> {
  if (engine === 'pglite') {
    const db = await createDb({ kind: 'pglite', dataDir: null })
    return { db, engine, close: () => db.destroy() }
  }
  return openPostgresTestDb(null)
}

export async function openTestDb(engine: Engine): Promise<TestDb> {
  if (engine === 'pglite') {
    const dump = readFileSync(inject('pgliteTemplateFile'))
    const db = await createDb({ kind: 'pglite', dataDir: null, loadDataDir: new Blob([dump]) })
    return { db, engine, close: () => db.destroy() }
  }
  const template = inject('postgresTemplate')
  if (!template) throw new Error('TEST_DATABASE_URL is not set for the PostgreSQL suite')
  return openPostgresTestDb(template)
}

async function openPostgresTestDb(template: string | null): Promise<TestDb> {
  const url = process.env.TEST_DATABASE_URL
  if (!url) throw new Error('TEST_DATABASE_URL is not set for the PostgreSQL suite')
  const name = `sapa_test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`create database ${name}${template ? ` template ${template}` : ''}`)
  await admin.end()
  const db = await createDb({
    kind: 'postgres',
    url: databaseUrlWithName(url, name),
    maxConnections: 4,
  })
  return {
    db,
    engine: 'postgres',
    close: async () => {
      await db.destroy()
      await dropTestDatabase(url, name)
    },
  }
}

/**
 * Runs a suite once per engine. `ctx.db` is valid inside tests (opened in beforeAll).
 * Usage: describeEachEngine('targets', (ctx) => { it('…', async () => { ctx.db.selectFrom… }) })
 */
export function describeEachEngine(name: string, suite: (ctx: { db: Db; engine: Engine }) => void) {
  for (const engine of engines) {
    describe(`${name} [${engine}]`, () => {
      const ctx = { engine } as { db: Db; engine: Engine }
      let handle: TestDb | undefined
      beforeAll(async () => {
        handle = await openTestDb(engine)
        ctx.db = handle.db
      })
      afterAll(async () => {
        await handle?.close()
      })
      suite(ctx)
    })
  }
}
