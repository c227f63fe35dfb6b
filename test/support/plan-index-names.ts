// Cases are kept by year (migration 0032): a plan reads each year's partition through the
// partition's own copy of an index, named by PostgreSQL after its columns
// (`cases_2025_office_id_standard_id_due_at_idx`). The plan tests name the index as the schema
// declares it on `cases`: this puts the declared name in place of each partition's copy.
import { sql } from 'kysely'
import type { Db } from '../../db/client.server'

/** The plan's text with each partition index of `cases` named as its declared index. */
export async function withDeclaredIndexNames(db: Db, plan: string): Promise<string> {
  const { rows } = await sql<{ copy: string; declared: string }>`
    select c.relname as copy, p.relname as declared
    from pg_inherits i
    join pg_class c on c.oid = i.inhrelid
    join pg_class p on p.oid = i.inhparent
    join pg_index x on x.indexrelid = p.oid
    where x.indrelid = 'cases'::regclass`.execute(db)
  // Longest first, so that no name is replaced inside a longer one.
  rows.sort((a, b) => b.copy.length - a.copy.length)
  let text = plan
  for (const { copy, declared } of rows) text = text.split(` ${copy} `).join(` ${declared} `)
  return text
}
