// What the database holds, for the overview page: reference-data counts and, per fact table, how
// many rows and over which dates. Counted in PostgreSQL.
import { sql } from 'kysely'
import type { Db } from '../client.server'
import { validInYear } from './validity'

export interface ReferenceCounts {
  regions: number
  regionsValidInYear: number
  districts: number
  offices: number
}

export async function referenceCounts(db: Db, options: { year: number }): Promise<ReferenceCounts> {
  const row = await db
    .selectNoFrom((eb) => [
      eb.selectFrom('regions').select(eb.fn.countAll<number>().as('n')).as('regions'),
      eb
        .selectFrom('regions')
        .select(eb.fn.countAll<number>().as('n'))
        .where(validInYear('validFrom', 'validTo', options.year))
        .as('regionsValidInYear'),
      eb.selectFrom('districts').select(eb.fn.countAll<number>().as('n')).as('districts'),
      eb.selectFrom('offices').select(eb.fn.countAll<number>().as('n')).as('offices'),
    ])
    .executeTakeFirstOrThrow()
  return {
    regions: row.regions ?? 0,
    regionsValidInYear: row.regionsValidInYear ?? 0,
    districts: row.districts ?? 0,
    offices: row.offices ?? 0,
  }
}

/** The caller's access scope (app/accounts/policy.server.ts DataAccess): undefined lists mean no limit. */
export interface FactAccess {
  regionIds?: number[]
  standardIds?: string[]
}

/**
 * Conditions keeping only the fact rows of `table` inside the scope: standards listed, and an
 * office that belonged to a listed region on the row's key date (its region where it happened).
 */
function inScope(table: string, keyDate: string, access: FactAccess = {}) {
  const conditions = [sql<boolean>`true`]
  const t = sql.raw(table)
  if (access.standardIds !== undefined) {
    conditions.push(
      access.standardIds.length
        ? sql<boolean>`${t}.standard_id in (${sql.join(access.standardIds.map((id) => sql`${id}`))})`
        : sql<boolean>`false`,
    )
  }
  if (access.regionIds !== undefined) {
    conditions.push(
      access.regionIds.length
        ? sql<boolean>`exists (select 1 from office_regions orr where orr.office_id = ${t}.office_id
            and ${t}.${sql.raw(keyDate)} between orr.valid_from and coalesce(orr.valid_to, '9999-12-31')
            and orr.region_id in (${sql.join(access.regionIds.map((id) => sql`${id}`))}))`
        : sql<boolean>`false`,
    )
  }
  return sql<boolean>`${sql.join(conditions, sql` and `)}`
}

export interface FactTotal {
  count: number
  /** First and last date ('YYYY-MM-DD'), null when the table is empty. */
  firstDate: string | null
  lastDate: string | null
}

export interface FactTotals {
  cases: FactTotal
  surveyResponses: FactTotal
  complaints: FactTotal
}

/**
 * Rows loaded per fact table: cases by submission, surveys by response date, complaints by
 * receipt — each a civil date in the office's time zone, as stored on write.
 */
export async function factTotals(db: Db, access?: FactAccess): Promise<FactTotals> {
  const row = await db
    .with('c', (qb) =>
      qb
        .selectFrom('cases')
        .select((eb) => [
          eb.fn.countAll<number>().as('n'),
          eb.fn.min('submittedOn').as('first'),
          eb.fn.max('submittedOn').as('last'),
        ])
        .where(inScope('cases', 'submitted_on', access)),
    )
    .with('s', (qb) =>
      qb
        .selectFrom('surveyResponses')
        .select((eb) => [
          eb.fn.countAll<number>().as('n'),
          eb.fn.min('respondedOn').as('first'),
          eb.fn.max('respondedOn').as('last'),
        ])
        .where(inScope('survey_responses', 'responded_on', access)),
    )
    .with('k', (qb) =>
      qb
        .selectFrom('complaints')
        .select((eb) => [
          eb.fn.countAll<number>().as('n'),
          eb.fn.min('receivedOn').as('first'),
          eb.fn.max('receivedOn').as('last'),
        ])
        .where(inScope('complaints', 'received_on', access)),
    )
    .selectFrom(['c', 's', 'k'])
    .select([
      'c.n as casesCount',
      'c.first as casesFirst',
      'c.last as casesLast',
      's.n as surveysCount',
      's.first as surveysFirst',
      's.last as surveysLast',
      'k.n as complaintsCount',
      'k.first as complaintsFirst',
      'k.last as complaintsLast',
    ])
    .executeTakeFirstOrThrow()
  return {
    cases: { count: row.casesCount, firstDate: row.casesFirst, lastDate: row.casesLast },
    surveyResponses: {
      count: row.surveysCount,
      firstDate: row.surveysFirst,
      lastDate: row.surveysLast,
    },
    complaints: {
      count: row.complaintsCount,
      firstDate: row.complaintsFirst,
      lastDate: row.complaintsLast,
    },
  }
}

export interface CasesPerYearRow {
  standardId: string
  year: number
  cases: number
}

/** Cases loaded per standard and year of submission (the office's local date). */
export async function casesPerStandardYear(
  db: Db,
  access?: FactAccess,
): Promise<CasesPerYearRow[]> {
  const year = sql<number>`extract(year from ${sql.ref('submittedOn')})::int`
  return db
    .selectFrom('cases')
    .select((eb) => ['standardId', year.as('year'), eb.fn.countAll<number>().as('cases')])
    .where(inScope('cases', 'submitted_on', access))
    .groupBy(['standardId', year])
    .orderBy('standardId')
    .orderBy(year)
    .execute()
}
