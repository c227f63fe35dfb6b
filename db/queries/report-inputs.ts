// What the annual report needs besides the indicator engine's rows: the approved targets of the
// year after the reporting year (column 3 of the appendix), the counts of unrecorded fields (the
// data-quality notes) and the inputs of the data version. Counts are aggregated in PostgreSQL.
import { sql } from 'kysely'
import { CONSUMERS_SERVED, MEASURE_REGISTRY } from '../../app/domain/measures'
import { caseLeftOut } from '../measure-sql'
import type { Db } from '../client.server'

export interface CodedTarget {
  standardId: string
  code: string
  /** null: the national target. */
  regionCode: string | null
  value: number
  /** Why it was approved weaker than the normative or the previous target (0015): the chair's
   * words, else the proposer's; null for a value that needed none. */
  justification: string | null
}

/** The approved targets of a year, by standard, indicator code and region code. */
export async function approvedTargetsByCode(db: Db, year: number): Promise<CodedTarget[]> {
  return db
    .selectFrom('targets as t')
    .innerJoin('indicators as i', 'i.id', 't.indicatorId')
    .leftJoin('regions as r', 'r.id', 't.regionId')
    .select([
      'i.standardId',
      'i.code',
      'r.code as regionCode',
      't.value',
      (eb) => eb.fn.coalesce('t.decisionJustification', 't.justification').as('justification'),
    ])
    .where('t.year', '=', year)
    .where('t.status', '=', 'approved')
    .orderBy('i.standardId')
    .orderBy('i.code')
    .orderBy('r.code')
    .execute()
}

export interface MissingFieldsRow {
  standardId: string
  casesSubmitted: number
  waitMissing: number
  firstTimeMissing: number
  casesCompleted: number
  docsMissing: number
}

/**
 * Per standard, in [from, asOf] and in the scope: cases submitted (withdrawn left out, as in every
 * case measure) and those with no queue wait or first-time flag recorded; cases completed (issued
 * or refused) and those with no docs_correct flag. A region's cases are those of its offices on
 * the key date (submission, completion), as the engine counts them.
 */
export async function missingFieldCounts(
  db: Db,
  query: { from: string; asOf: string; regionId?: number; standardIds?: string[] },
): Promise<MissingFieldsRow[]> {
  if (query.standardIds && query.standardIds.length === 0) return []
  const from = sql`${query.from}::date`
  const to = sql`${query.asOf}::date`
  const regionJoin = (alias: string, key: string) =>
    query.regionId === undefined
      ? sql``
      : sql`left join office_regions ${sql.raw(alias)} on ${sql.raw(alias)}.office_id = c.office_id
          and c.${sql.raw(key)} >= ${sql.raw(alias)}.valid_from
          and c.${sql.raw(key)} <= coalesce(${sql.raw(alias)}.valid_to, '9999-12-31')`
  const inRegion = (alias: string) =>
    query.regionId === undefined ? sql`true` : sql`${sql.raw(alias)}.region_id = ${query.regionId}`
  const submitted = sql`c.submitted_on between ${from} and ${to} and ${inRegion('rs')}`
  const completed = sql`c.completed_on between ${from} and ${to}
    and ${sql.raw(CONSUMERS_SERVED.counted('c'))} and ${inRegion('rc')}`
  // Missing: the cases a measure cannot count for want of the field (not in its denominator).
  const missing = (measure: 'queue_wait_ok' | 'first_time_correct' | 'docs_correct') =>
    sql.raw(`not (${MEASURE_REGISTRY[measure].denominator('c')})`)
  const standards = query.standardIds
    ? sql`and c.standard_id in (${sql.join(query.standardIds)})`
    : sql``
  const { rows } = await sql<MissingFieldsRow>`
    select c.standard_id as "standardId",
      count(*) filter (where ${submitted}) as "casesSubmitted",
      count(*) filter (where ${submitted} and ${missing('queue_wait_ok')}) as "waitMissing",
      count(*) filter (where ${submitted} and ${missing('first_time_correct')}) as "firstTimeMissing",
      count(*) filter (where ${completed}) as "casesCompleted",
      count(*) filter (where ${completed} and ${missing('docs_correct')}) as "docsMissing"
    from cases c
    ${regionJoin('rs', 'submitted_on')}
    ${regionJoin('rc', 'completed_on')}
    where ${sql.raw(caseLeftOut('c'))}
      and (c.submitted_on between ${from} and ${to} or c.completed_on between ${from} and ${to})
      ${standards}
    group by c.standard_id
    order by c.standard_id`.execute(db)
  return rows.map((r) => ({
    standardId: r.standardId,
    casesSubmitted: Number(r.casesSubmitted),
    waitMissing: Number(r.waitMissing),
    firstTimeMissing: Number(r.firstTimeMissing),
    casesCompleted: Number(r.casesCompleted),
    docsMissing: Number(r.docsMissing),
  }))
}

/**
 * What the data version is a hash of: it changes whenever facts or targets change. Inserts raise
 * a table's largest id; updates and deletions of facts come through import batches (a new batch,
 * an undone one); publications are few, so their count and last change are read whole. Every
 * value is read from an index or a small table: cheap at 10M cases.
 */
export async function dataVersionInputs(db: Db): Promise<Record<string, string>> {
  const { rows } = await sql<Record<string, string | number | null>>`
    select
      (select coalesce(max(id), 0) from cases)::text as cases,
      (select coalesce(max(id), 0) from survey_responses)::text as surveys,
      (select coalesce(max(id), 0) from complaints)::text as complaints,
      (select count(*) || '/' || count(*) filter (where published) || '/'
        || coalesce(extract(epoch from max(updated_at))::text, '') from info_publications) as publications,
      (select coalesce(max(id), 0) || '/' || count(*) filter (where status = 'undone')
        from import_batches) as batches,
      (select count(*) || '/' || coalesce(max(id), 0) || '/'
        || count(*) filter (where status = 'approved') || '/'
        || coalesce(extract(epoch from max(decided_at))::text, '') from targets) as targets`.execute(
    db,
  )
  const row = rows[0] ?? {}
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, String(v ?? '')]))
}
