// The health check's question to the database: does it answer at all?
import { sql } from 'kysely'
import type { Db } from '../client.server'

export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db)
}
