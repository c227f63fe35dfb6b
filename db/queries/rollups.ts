// The daily rollups (migration 0002) and their month grain (0025) are kept by triggers; a full
// rebuild is needed only when inputs outside the rows change (deadline rules' maximum waits,
// office region history). It refills the month grain too.
import { sql } from 'kysely'
import type { Db } from '../client.server'
import { monthlyRollups } from '../measure-sql'

export async function rebuildRollups(db: Db): Promise<void> {
  await sql`select rollups_rebuild()`.execute(db)
}

/**
 * VACUUM ANALYZE of the rollups, daily and monthly: sets the visibility map so that the covering indexes serve
 * index-only scans (autovacuum does this in production; bulk loads should not wait for it).
 * Not inside a transaction.
 */
export async function vacuumRollups(db: Db): Promise<void> {
  const tables = monthlyRollups().flatMap((m) => [m.daily, m.monthly])
  await sql`vacuum analyze ${sql.raw(tables.join(', '))}`.execute(db)
}
