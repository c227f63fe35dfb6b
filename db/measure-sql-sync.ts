// Keeps the database's copies of the measure registry's SQL (db/measure-sql.ts: the rollup
// trigger functions, rollups_rebuild(), the late-cases index, the check of indicators.measure)
// in step with the registry, after every migration run (db/migrate.ts; decision 0032). Each
// object's fingerprint — a hash of the statements that create it — is stored in measure_sql
// (migration 0021); an object whose statements changed is installed again, in one transaction,
// and when a rollup function changed the rollups are rebuilt from the records in the same
// transaction (the month grain of migration 0025 follows the daily rollups through its own
// triggers; when only those changed, it is refilled from the daily rollups). So a change of a
// measure's rule reaches every existing database and its rollups on its next start, with no
// migration written for it.
import { createHash } from 'node:crypto'
import { sql, type Kysely } from 'kysely'
import { derivedObjects, type DerivedObject } from './measure-sql'

export function fingerprint(object: DerivedObject): string {
  return createHash('sha256').update(object.install.join(';\n')).digest('hex')
}

export interface SyncResult {
  /** The objects installed again, by name. */
  installed: string[]
  /** The rollups were rebuilt from the records, or the month grain from the daily rollups. */
  rebuilt: boolean
}

/** Any fixed key: two processes starting together install and rebuild once. */
const LOCK = 3200032

export async function syncMeasureSql(db: Kysely<any>): Promise<SyncResult> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${LOCK})`.execute(trx)
    const { rows } = await sql<{
      name: string
      fingerprint: string
    }>`select name, fingerprint from measure_sql`.execute(trx)
    const stored = new Map(rows.map((r) => [r.name, r.fingerprint]))
    const result: SyncResult = { installed: [], rebuilt: false }
    let rollups = false
    let monthly = false
    for (const object of derivedObjects()) {
      const current = fingerprint(object)
      if (stored.get(object.name) === current) continue
      for (const statement of object.install) await sql.raw(statement).execute(trx)
      await recordInstalled(trx, object.name, current)
      result.installed.push(object.name)
      if (object.rollups) rollups = true
      if (object.monthly) monthly = true
    }
    if (rollups) {
      // Refills the month grain too: its triggers follow the daily rollups (migration 0025).
      await sql`select rollups_rebuild()`.execute(trx)
      result.rebuilt = true
    } else if (monthly) {
      await sql`select rollups_monthly_rebuild()`.execute(trx)
      result.rebuilt = true
    }
    return result
  })
}

export async function recordInstalled(db: Kysely<any>, name: string, value: string): Promise<void> {
  await sql`insert into measure_sql (name, fingerprint) values (${name}, ${value})
    on conflict (name) do update set fingerprint = excluded.fingerprint, installed_at = now()`.execute(
    db,
  )
}
