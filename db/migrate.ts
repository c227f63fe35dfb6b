// Runs the pending migrations; fails loudly with the name of the migration that broke. Then
// brings the SQL made from the measure registry up to date (db/measure-sql-sync.ts).
import { Migrator, type MigrationResultSet } from 'kysely'
import type { Kysely } from 'kysely'
import { syncMeasureSql } from './measure-sql-sync'
import { migrations } from './migrations/registry'

/** Sapa's migrator: its migrations (registry.ts) and its bookkeeping tables. */
export function sapaMigrator(db: Kysely<any>): Migrator {
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
  })
}

export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const { error, results }: MigrationResultSet = await sapaMigrator(db).migrateToLatest()
  const failed = results?.find((r) => r.status === 'Error')
  if (error) {
    const where = failed ? ` in migration ${failed.migrationName}` : ''
    throw new Error(
      `database migration failed${where}: ${String((error as Error).message ?? error)}`,
      {
        cause: error,
      },
    )
  }
  // The database's copies of the measure registry's SQL follow the registry (decision 0032).
  await syncMeasureSql(db)
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName)
}
