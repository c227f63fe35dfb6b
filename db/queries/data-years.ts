// The years a region or an office has cases in: the dashboards open on the latest of them. Read
// from the submission rollup's (region_id, day) and (office_id, day) indexes: two index probes.
import { sql } from 'kysely'
import type { Db } from '../client.server'

export interface YearRange {
  first: number
  last: number
}

/** The first and last year with a submitted case, for a region or an office; null without any. */
export async function caseYearRange(
  db: Db,
  unit: { regionId: number } | { officeId: number },
): Promise<YearRange | null> {
  const where =
    'regionId' in unit ? sql`region_id = ${unit.regionId}` : sql`office_id = ${unit.officeId}`
  const { rows } = await sql<{ first: string | null; last: string | null }>`
    select (select min(day) from rollup_cases_submitted where ${where})::text as first,
      (select max(day) from rollup_cases_submitted where ${where})::text as last`.execute(db)
  const row = rows[0]
  if (!row?.first || !row.last) return null
  return { first: Number(row.first.slice(0, 4)), last: Number(row.last.slice(0, 4)) }
}
