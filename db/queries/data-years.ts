// The years a region or an office has cases in: the dashboards open on the latest of them. Read
// from the cases themselves through the offices' `(office_id, submitted_on)` index: the first and
// the last submission of each office (of each of its periods in the region), a few index probes
// per office. Withdrawn cases, which no measure counts, are not data of a year.
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
  // An office's periods: all of its days, or each period it spent in the region (a case counts
  // in the region its office was in on the day it was submitted).
  const periods =
    'regionId' in unit
      ? sql`select office_id, valid_from, coalesce(valid_to, '9999-12-31') as valid_to
          from office_regions where region_id = ${unit.regionId}`
      : sql`select ${unit.officeId}::int as office_id, '-infinity'::date as valid_from,
          'infinity'::date as valid_to`
  const { rows } = await sql<{ first: string | null; last: string | null }>`
    select min(f.first)::text as first, max(f.last)::text as last
    from (${periods}) p
    cross join lateral (
      select
        (select min(c.submitted_on) from cases c
          where c.office_id = p.office_id and c.submitted_on between p.valid_from and p.valid_to
            and c.result <> 'withdrawn') as first,
        (select max(c.submitted_on) from cases c
          where c.office_id = p.office_id and c.submitted_on between p.valid_from and p.valid_to
            and c.result <> 'withdrawn') as last
    ) f`.execute(db)
  const row = rows[0]
  if (!row?.first || !row.last) return null
  return { first: Number(row.first.slice(0, 4)), last: Number(row.last.slice(0, 4)) }
}
