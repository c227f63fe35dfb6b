// The data version (migration 0008): a counter raised by every write to the tables the
// indicators are computed from. Read before computing, it keys the pages' cache (decision 0007).
// With read replicas it is the primary's, read once per read scope together with the WAL position
// the scope's replica reads are held to (decision 0034).
import type { Db } from '../client.server'
import { scopedDataVersion } from '../replica-router'

export async function dataVersion(db: Db): Promise<number> {
  const scoped = scopedDataVersion(db)
  if (scoped) return scoped
  const row = await db.selectFrom('dataVersion').select('version').executeTakeFirst()
  return row?.version ?? 0
}
