// The frame of the tests of a migration that drops indexes (0031, 0033): on each engine, a new
// empty database and the migrator, and the indexes of some tables as name → definition, to compare
// before the migration, after it and after its down migration.
import { sql, type Migrator, type RawBuilder } from 'kysely'
import { describe, it } from 'vitest'
import type { Db } from '../../db/client.server'
import { sapaMigrator } from '../../db/migrate'
import { engines, openEmptyTestDb } from './test-db'

/** `it(title)` under `describe(migration 000N [engine])`, on each engine, on an empty database. */
export function itOnEachEngineMigrating(
  migration: string,
  title: string,
  test: (db: Db, migrator: Migrator) => Promise<void>,
) {
  for (const engine of engines) {
    describe(`migration ${migration} [${engine}]`, () => {
      it(title, async () => {
        const { db, close } = await openEmptyTestDb(engine)
        try {
          await test(db, sapaMigrator(db))
        } finally {
          await close()
        }
      })
    })
  }
}

/** Every index of the tables `tables` picks (a condition on `tablename`): name → definition. */
export async function indexDefinitions(
  db: Db,
  tables: RawBuilder<unknown>,
): Promise<Map<string, string>> {
  const { rows } = await sql<{ name: string; definition: string }>`
    select indexname as name, indexdef as definition from pg_indexes
    where schemaname = current_schema() and ${tables}
    order by indexname`.execute(db)
  return new Map(rows.map((r) => [r.name, r.definition]))
}
