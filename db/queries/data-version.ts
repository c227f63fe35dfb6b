// The data version (migration 0008): a counter raised by every write to the tables the
// indicators are computed from. Read before computing, it keys the pages' cache (decision 0007).
import type { Db } from '../client.server'

export async function dataVersion(db: Db): Promise<number> {
  const row = await db.selectFrom('dataVersion').select('version').executeTakeFirst()
  return row?.version ?? 0
}
