// Questions the national overview asks besides the indicators: which years have cases (the
// year filter and its default), read per standard from the submission rollup's primary key.
import { sql } from 'kysely'
import type { Db } from '../client.server'

export interface DataYears {
  first: number
  last: number
}

/**
 * The first and last year with a submitted case among `standardIds` (all standards when
 * undefined): a min and a max index probe per standard. Null when there is no case at all.
 */
export async function caseYears(db: Db, standardIds?: string[]): Promise<DataYears | null> {
  if (standardIds !== undefined && standardIds.length === 0) return null
  const only = standardIds
    ? sql`where s.id in (${sql.join(standardIds.map((id) => sql`${id}`))})`
    : sql``
  const { rows } = await sql<{ first: string | null; last: string | null }>`
    select min(y.first)::text as first, max(y.last)::text as last
    from standards s
    cross join lateral (
      select (select min(day) from rollup_cases_submitted r where r.standard_id = s.id) as first,
        (select max(day) from rollup_cases_submitted r where r.standard_id = s.id) as last
    ) y
    ${only}`.execute(db)
  const row = rows[0]
  if (!row?.first || !row.last) return null
  return { first: Number(row.first.slice(0, 4)), last: Number(row.last.slice(0, 4)) }
}
