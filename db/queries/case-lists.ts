// The cases behind a case measure's numbers (docs/domain.md §3, decision 0004): the drill-down
// lists and their counts. The conditions are the measure registry's (app/domain/measures.ts,
// through db/measure-sql.ts), as in the engine's computation, so that the rows listed for a measure, scope and period are exactly
// the ones counted: the numerator's cases, the denominator's, or the rest (denominator −
// numerator: for on_time the late and open-overdue cases). Region membership is taken on the
// measure's key date and the caller's access scope is applied here too (defence in depth,
// decision 0006).
import { sql, type RawBuilder } from 'kysely'
import type { Db } from '../client.server'
import type { CaseResult, ChannelCode, VariantCode } from '../schema'
import {
  CASE_MEASURES,
  MEASURE_REGISTRY,
  type CaseMeasure,
  type MeasureDefinition,
} from '../../app/domain/measures'
import { caseLeftOut, caseMeasureSql, deadlineRuleJoin } from '../measure-sql'

export { CASE_MEASURES, type CaseMeasure }

export function isCaseMeasure(measure: string): measure is CaseMeasure {
  return (CASE_MEASURES as readonly string[]).includes(measure)
}

/** Which cases of a measure: those counted in the numerator, in the denominator, or the rest. */
export type CaseSubset = 'numerator' | 'denominator' | 'rest'

export const CASE_SORTS = ['late', 'wait', 'due', 'submitted', 'completed', 'office', 'id'] as const
export type CaseSort = (typeof CASE_SORTS)[number]

export interface CaseScope {
  measure: CaseMeasure
  standardId: string
  /** Key dates counted, inclusive: the period's first day and its last (or the as-of date). */
  from: string
  to: string
  regionId?: number
  districtId?: number
  officeId?: number
  channel?: ChannelCode
  /** The caller's access scope (app/accounts/policy.server.ts): undefined = no limit. */
  allowedRegionIds?: number[]
  allowedStandardIds?: string[]
}

export interface CaseListQuery extends CaseScope {
  subset: CaseSubset
  /** Open cases are late by the days from their deadline to this date ('YYYY-MM-DD'). */
  asOf: string
  sort: CaseSort
  dir: 'asc' | 'desc'
  limit: number
  offset: number
}

export interface CaseListRow {
  id: number
  externalId: string
  officeCode: string
  officeNameKk: string
  officeNameRu: string
  officeNameEn: string
  channel: ChannelCode
  variant: VariantCode
  result: CaseResult
  /** Local wall-clock times of the office ('YYYY-MM-DD HH:MM'); null when not set. */
  submittedAt: string
  dueAt: string | null
  completedAt: string | null
  /** Whole days from the deadline day to the completion day (open: to the as-of date); null unless late. */
  daysLate: number | null
  /** Minutes completed after the deadline (completed cases not on time only). */
  minutesLate: number | null
  waitMinutesSubmit: number | null
  waitMinutesPickup: number | null
  maxWaitMinutes: number
  docsCorrect: boolean | null
  firstTimeCorrect: boolean | null
}

export interface CaseCounts {
  numerator: number
  denominator: number
}

/** A measure's key date, denominator and numerator over the case `c` (the measure registry). */
const rule = (measure: CaseMeasure) => {
  const m = caseMeasureSql(measure, 'c')
  return { key: sql.raw(m.key), counted: sql.raw(m.counted), met: sql.raw(m.met) }
}

function inList(column: RawBuilder<unknown>, values: readonly (string | number)[]) {
  return values.length ? sql`${column} in (${sql.join(values.map((v) => sql`${v}`))})` : sql`false`
}

/** The FROM … WHERE of a measure's denominator in a scope and period. */
function fromWhere(q: CaseScope) {
  const { key, counted } = rule(q.measure)
  const readsRule = (MEASURE_REGISTRY[q.measure] as MeasureDefinition).readsDeadlineRule
  const where: RawBuilder<unknown>[] = [
    sql`c.standard_id = ${q.standardId}`,
    sql`${key} between ${q.from}::date and ${q.to}::date`,
    sql.raw(caseLeftOut('c')),
    counted,
  ]
  if (q.regionId !== undefined) where.push(sql`orr.region_id = ${q.regionId}`)
  if (q.districtId !== undefined) where.push(sql`o.district_id = ${q.districtId}`)
  if (q.officeId !== undefined) where.push(sql`c.office_id = ${q.officeId}`)
  if (q.channel !== undefined) where.push(sql`c.channel = ${q.channel}`)
  if (q.allowedRegionIds !== undefined) where.push(inList(sql`orr.region_id`, q.allowedRegionIds))
  if (q.allowedStandardIds !== undefined) {
    where.push(inList(sql`c.standard_id`, q.allowedStandardIds))
  }
  return sql`
    from cases c
    join offices o on o.id = c.office_id
    join office_regions orr on orr.office_id = c.office_id
      and ${key} >= orr.valid_from and ${key} <= coalesce(orr.valid_to, '9999-12-31')
    join regions r on r.id = orr.region_id
    ${sql.raw(readsRule ? deadlineRuleJoin('c') : '')}
    where ${sql.join(where, sql` and `)}`
}

/** The numerator and denominator of a case measure, counted from the cases themselves. */
export async function countMeasureCases(db: Db, q: CaseScope): Promise<CaseCounts> {
  const { rows } = await sql<CaseCounts>`
    select count(*) filter (where ${rule(q.measure).met})::int as numerator,
      count(*)::int as denominator
    ${fromWhere(q)}`.execute(db)
  return rows[0] ?? { numerator: 0, denominator: 0 }
}

const localTime = (column: string) =>
  sql.raw(`to_char(${column} at time zone r.time_zone, 'YYYY-MM-DD HH24:MI')`)

/**
 * One page of the cases of a subset, in the asked order (ties broken by the case id), in two
 * steps: the page's case ids and sort keys first, then their rows. The first step reads only what
 * the order needs, so that the late cases of on-time (the drill-down's first page, most late
 * first) are ordered from the late-cases index alone (it includes the deadline and completion
 * columns, db/measure-sql.ts) — a region's year of late cases is thousands of index entries, and
 * reading each case's row to sort them grew with the cases held (12,416 heap pages at 10M cases
 * for Akmola's farm certificate in 2025) — and only the page's rows are read whole.
 */
export async function listMeasureCases(db: Db, q: CaseListQuery): Promise<CaseListRow[]> {
  return (await caseListStatement(q).execute(db)).rows
}

/** listMeasureCases's statement (its plan is tested: test/db/most-late-page.test.ts). */
export function caseListStatement(q: CaseListQuery): RawBuilder<CaseListRow> {
  const met = rule(q.measure).met
  const onTime = rule('on_time')
  const subset =
    q.subset === 'numerator' ? sql`and ${met}` : q.subset === 'rest' ? sql`and not ${met}` : sql``
  // A case is late when it is counted for on_time but was not completed by its deadline: the
  // days from the deadline day to the completion day, or to the as-of date while still open.
  // Among on-time's own rest every case is that (counted, not met, its deadline day in a period
  // that ends by the as-of date): the same numbers without the conditions, which the late-cases
  // index's predicate holds and its columns need not.
  const lateRest = q.measure === 'on_time' && q.subset === 'rest' && q.to <= q.asOf
  const late = lateRest
    ? sql`coalesce(c.completed_on, ${q.asOf}::date) - c.due_on`
    : sql`case when ${onTime.key} is not null and ${onTime.key} <= ${q.asOf}::date
      and not ${onTime.met}
    then coalesce(c.completed_on, ${q.asOf}::date) - ${onTime.key} end`
  const minutesLate = lateRest
    ? sql`case when c.completed_at is not null
        then round(extract(epoch from c.completed_at - c.due_at) / 60)::int end`
    : sql`case when c.completed_at is not null and not ${onTime.met}
        then round(extract(epoch from c.completed_at - c.due_at) / 60)::int end`
  const dir = sql.raw(q.dir === 'asc' ? 'asc' : 'desc')
  // The order, over the page's own sort columns (`late`) and the case's and office's: `within`
  // is '' inside the page's statement, 'p.' over the page's rows.
  const orderBy = (within: '' | 'p.') => {
    const own = (column: string) => sql.raw(`${within}${column}`)
    const keys: Record<CaseSort, RawBuilder<unknown>> = {
      late: sql`${own('days_late')} ${dir} nulls last, ${own('minutes_late')} ${dir} nulls last,
        ${own('due_at')} ${dir}`,
      wait: sql`greatest(c.wait_minutes_submit, c.wait_minutes_pickup) ${dir} nulls last`,
      due: sql`c.due_at ${dir} nulls last`,
      submitted: sql`c.submitted_at ${dir}`,
      completed: sql`c.completed_at ${dir} nulls last`,
      office: sql`o.code ${dir}`,
      id: sql`c.external_id ${dir}`,
    }
    return sql`${keys[q.sort]}, c.id ${dir}`
  }
  const page =
    lateRest && q.sort === 'late'
      ? mostLatePage(q)
      : sql`select c.id, ${late} as days_late, ${minutesLate} as minutes_late, c.due_at
      ${fromWhere(q)} ${subset}
      order by ${orderBy('')}
      limit ${q.limit} offset ${q.offset}`
  return sql<CaseListRow>`
    with page as (${page})
    select c.id, c.external_id, o.code as office_code, o.name_kk as office_name_kk,
      o.name_ru as office_name_ru, o.name_en as office_name_en, c.channel, c.variant, c.result,
      ${localTime('c.submitted_at')} as submitted_at,
      ${localTime('c.due_at')} as due_at,
      ${localTime('c.completed_at')} as completed_at,
      p.days_late, p.minutes_late,
      c.wait_minutes_submit, c.wait_minutes_pickup, c.max_wait_minutes,
      c.docs_correct, c.first_time_correct
    from page p
    join cases c on c.id = p.id
    join offices o on o.id = c.office_id
    join office_regions orr on orr.office_id = c.office_id
      and ${rule(q.measure).key} >= orr.valid_from
      and ${rule(q.measure).key} <= coalesce(orr.valid_to, '9999-12-31')
    join regions r on r.id = orr.region_id
    order by ${orderBy('p.')}`
}

/**
 * The offices whose cases a scope may hold: the scope's office, the district's, every office ever
 * in the region (membership on each case's key date is checked on the case, by fromWhere), or
 * every office for the nation.
 */
function officesOf(q: CaseScope): RawBuilder<unknown> {
  if (q.officeId !== undefined) return sql`select ${q.officeId}::int as office_id`
  if (q.districtId !== undefined) {
    return sql`select id as office_id from offices where district_id = ${q.districtId}`
  }
  if (q.regionId !== undefined) {
    return sql`select distinct office_id from office_regions where region_id = ${q.regionId}`
  }
  return sql`select id as office_id from offices`
}

/**
 * The page of on-time's late cases in order of lateness (the drill-down's and the region page's
 * first view), taken office by office from the top of two indexes of each office's late cases
 * (db/measure-sql.ts, lateOrderIndexes) instead of from all of them: the completed ones by their
 * days late (completion day − deadline day) and minutes, the open ones by their deadline (the
 * earliest is the most late on the as-of date). Each office gives at most the page and those
 * before it from each index, in order, and those are merged in the list's order. What is read is
 * bounded by the offices of the scope and the page's depth, not by the cases kept: a region's year
 * of late cases at 20M cases is twenty times that at 1M, and ordering all of them to show fifty
 * grew with it; so did reading a standard's late cases of the whole country in order until fifty
 * of the region's came up (those of the regions with later cases came first, twenty times as many).
 */
function mostLatePage(q: CaseListQuery): RawBuilder<unknown> {
  const met = rule('on_time').met
  const dir = sql.raw(q.dir === 'asc' ? 'asc' : 'desc')
  // Open cases: the earlier the deadline, the more days late.
  const openDir = sql.raw(q.dir === 'asc' ? 'desc' : 'asc')
  const depth = q.offset + q.limit
  const minutes = sql`round(extract(epoch from c.completed_at - c.due_at) / 60)::int`
  // The arms' orders are the indexes' own (their default nulls: neither arm has a null key), so
  // that a scan of the office's index, forward or backward, gives them.
  return sql`select u.id, u.days_late, u.minutes_late, u.due_at
    from (${officesOf(q)}) s
    cross join lateral (
      (select c.id, c.completed_on - c.due_on as days_late, ${minutes} as minutes_late, c.due_at
        ${fromWhere(q)} and c.office_id = s.office_id and not ${met} and c.completed_on is not null
        order by c.completed_on - c.due_on ${dir}, ${minutes} ${dir}, c.due_at ${dir}, c.id ${dir}
        limit ${depth})
      union all
      (select c.id, ${q.asOf}::date - c.due_on as days_late, null::int as minutes_late, c.due_at
        ${fromWhere(q)} and c.office_id = s.office_id and not ${met} and c.completed_on is null
        order by c.due_on ${openDir}, c.due_at ${dir}, c.id ${dir}
        limit ${depth})
    ) u
    order by u.days_late ${dir} nulls last, u.minutes_late ${dir} nulls last, u.due_at ${dir},
      u.id ${dir}
    limit ${q.limit} offset ${q.offset}`
}
