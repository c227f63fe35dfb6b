// The daily rollups (migration 0002) are kept by triggers; a full rebuild is needed only when
// inputs outside the rows change (deadline rules' maximum waits, office region history).
import { sql } from 'kysely'
import type { Db } from '../client.server'

export async function rebuildRollups(db: Db): Promise<void> {
  await sql`select rollups_rebuild()`.execute(db)
}

/**
 * VACUUM ANALYZE of the rollups: sets the visibility map so that the covering indexes serve
 * index-only scans (autovacuum does this in production; bulk loads should not wait for it).
 * Not inside a transaction.
 */
export async function vacuumRollups(db: Db): Promise<void> {
  await sql`vacuum analyze rollup_cases_due, rollup_cases_submitted, rollup_cases_completed, rollup_surveys`.execute(
    db,
  )
}
