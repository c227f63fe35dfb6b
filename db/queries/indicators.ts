// The counts behind every indicator (docs/domain.md §3, decision 0004), aggregated by PostgreSQL in
// one statement per request: per standard × measure × period × unit (the scope, or each region /
// district / office of a breakdown) the numerator, the denominator and the offices that
// contributed, plus the offices serving each standard in scope. Ratios, targets and status are
// the domain's job (app/domain/indicator-status.ts).
import { sql, type RawBuilder } from 'kysely'
import type { Db } from '../client.server'
import type { ChannelCode } from '../schema'

export interface PeriodBucket {
  /** '2025', '2025-Q1', '2025-03'. */
  label: string
  /** First day of the period: the date_trunc bucket of its key dates. */
  start: string
  /** Last day counted: the period's last day, or the as-of date if earlier. */
  end: string
}

export interface CountsQuery {
  year: number
  granularity: 'year' | 'quarter' | 'month'
  periods: PeriodBucket[]
  standardId?: string
  regionId?: number
  districtId?: number
  officeId?: number
  channel?: ChannelCode
  breakdown?: 'region' | 'district' | 'office'
  /**
   * The caller's access scope (app/accounts/policy.server.ts), applied on top of the filters above: only
   * facts of offices in these regions (on the key date) and of these standards are counted.
   */
  allowedRegionIds?: number[]
  allowedStandardIds?: string[]
  /**
   * 'rollup' (default) sums the daily rollups maintained by triggers (migration 0002); 'plain'
   * aggregates the base tables. Both must give the same numbers (test/db/rollups.test.ts).
   */
  source?: 'rollup' | 'plain'
}

export interface MeasureCountRow {
  standardId: string
  measure: string
  periodStart: string
  /** Region, district or office id of the breakdown; null without a breakdown (or region-level offices by district). */
  unitId: number | null
  numerator: number
  denominator: number
  contributing: number
}

export interface ServingRow {
  standardId: string
  periodStart: string
  unitId: number | null
  serving: number
}

const FAR_FUTURE = sql.lit('9999-12-31')

/** `column in (…)`; an empty list matches nothing. */
function inList(column: RawBuilder<unknown>, values: readonly (string | number)[]) {
  return values.length ? sql`${column} in (${sql.join(values.map((v) => sql`${v}`))})` : sql`false`
}

/** The access-scope conditions on a row's region and standard columns. */
function accessWhere(q: CountsQuery, region: RawBuilder<unknown>, standard: RawBuilder<unknown>) {
  const where: RawBuilder<unknown>[] = []
  if (q.allowedRegionIds !== undefined) where.push(inList(region, q.allowedRegionIds))
  if (q.allowedStandardIds !== undefined) where.push(inList(standard, q.allowedStandardIds))
  return where
}

/** The id a row is grouped by for a breakdown (null: one group, the whole scope). */
function unitOf(
  breakdown: CountsQuery['breakdown'],
  columns: { region: RawBuilder<unknown>; office: RawBuilder<unknown> },
) {
  if (breakdown === 'region') return columns.region
  if (breakdown === 'district') return sql`o.district_id`
  if (breakdown === 'office') return columns.office
  return sql`null::int`
}

/**
 * The filters and the unit of a fact row whose office is `alias.office_id` and whose key date is
 * `key`: region membership is taken on the key date, so history counts where it happened.
 */
function scopeSql(q: CountsQuery, alias: string, key: RawBuilder<unknown>) {
  const office = sql.raw(`${alias}.office_id`)
  const needsRegion =
    q.regionId !== undefined || q.breakdown === 'region' || q.allowedRegionIds !== undefined
  const needsOffice = q.districtId !== undefined || q.breakdown === 'district'
  const joins: RawBuilder<unknown>[] = []
  const where: RawBuilder<unknown>[] = []
  if (needsOffice) joins.push(sql`join offices o on o.id = ${office}`)
  if (needsRegion) {
    joins.push(sql`join office_regions orr on orr.office_id = ${office}
      and ${key} >= orr.valid_from and ${key} <= coalesce(orr.valid_to, ${FAR_FUTURE})`)
  }
  if (q.regionId !== undefined) where.push(sql`orr.region_id = ${q.regionId}`)
  if (q.districtId !== undefined) where.push(sql`o.district_id = ${q.districtId}`)
  if (q.officeId !== undefined) where.push(sql`${office} = ${q.officeId}`)
  if (q.standardId !== undefined) where.push(sql`${sql.raw(alias)}.standard_id = ${q.standardId}`)
  where.push(...accessWhere(q, sql`orr.region_id`, sql.raw(`${alias}.standard_id`)))
  const unit = unitOf(q.breakdown, { region: sql`orr.region_id`, office })
  return { joins: sql.join(joins, sql` `), where, unit }
}

/** Survey, complaint and publication rows follow the offices serving the standard on the channel. */
function channelOfOffice(q: CountsQuery, alias: string) {
  if (!q.channel) return []
  return [
    sql`exists (select 1 from office_services os where os.office_id = ${sql.raw(alias)}.office_id
      and os.standard_id = ${sql.raw(alias)}.standard_id and os.channel = ${q.channel})`,
  ]
}

function andAll(conditions: RawBuilder<unknown>[]) {
  return conditions.length ? sql`and ${sql.join(conditions, sql` and `)}` : sql``
}

export async function measureCounts(db: Db, q: CountsQuery): Promise<MeasureCountRow[]> {
  if (q.periods.length === 0) return []
  return (await measureCountsSql(q).execute(db)).rows
}

/** The statement behind measureCounts (also for EXPLAIN in benchmarks). */
export function measureCountsSql(q: CountsQuery) {
  const trunc = sql.lit(q.granularity)
  const first = sql`${q.periods[0]!.start}::date`
  const last = sql`${q.periods[q.periods.length - 1]!.end}::date`
  const bucket = (key: RawBuilder<unknown>) => sql`date_trunc(${trunc}, ${key})::date`
  const periods = sql.join(
    q.periods.map((p) => sql`(${p.start}::date, ${p.end}::date)`),
    sql`, `,
  )
  const caseChannel = q.channel ? [sql`c.channel = ${q.channel}`] : []

  // Cases by deadline (1.1), by submission (queue waits, first-time-correct), by completion
  // (documents correct; the complaint-rate denominator). Withdrawn cases are left out of all.
  const byDue = scopeSql(q, 'c', sql`c.due_on`)
  const bySubmitted = scopeSql(q, 'c', sql`c.submitted_on`)
  const byCompleted = scopeSql(q, 'c', sql`c.completed_on`)
  const byResponded = scopeSql(q, 's', sql`s.responded_on`)
  const byReceived = scopeSql(q, 'k', sql`k.received_on`)
  const byTermEnd = scopeSql(q, 'k', sql`k.term_ends_on`)

  const QUESTIONS = [
    ['satisfied_process', 'process'],
    ['satisfied_information', 'information'],
    ['satisfied_complaint_procedure', 'complaint_procedure'],
    ['satisfied_complaint_timeline', 'complaint_timeline'],
    ['satisfied_courtesy', 'courtesy'],
  ] as const
  const surveyUnion = sql.join(
    QUESTIONS.map(
      ([measure, q]) => sql`
      select standard_id, ${measure}::text, period_start, unit_id,
        ${sql.raw(`${q}_ok, ${q}_n, ${q}_offices`)}
      from survey_counts`,
    ),
    sql` union all `,
  )
  const rollup = (q.source ?? 'rollup') === 'rollup'
  const periodJoin = (key: RawBuilder<unknown>) =>
    sql`join periods p on p.period_start = ${bucket(key)} and ${key} <= p.period_end`

  // The case and survey counts, from the daily rollups or from the base tables.
  const caseCtes = rollup
    ? rollupCaseCtes(q, {
        first,
        last,
        periodJoin,
        caseChannel: q.channel ? [sql`r.channel = ${q.channel}`] : [],
      })
    : sql`
    on_time as (
      select c.standard_id, p.period_start, ${byDue.unit} as unit_id,
        count(*) filter (where c.result in ('issued', 'refused') and c.completed_at <= c.due_at) as numerator,
        count(*) as denominator,
        count(distinct c.office_id) as contributing
      from cases c ${byDue.joins} ${periodJoin(sql`c.due_on`)}
      where c.due_on between ${first} and ${last} and c.result <> 'withdrawn'
        ${andAll([...byDue.where, ...caseChannel])}
      group by c.standard_id, p.period_start, ${byDue.unit}
    ),
    submitted_counts as (
      select c.standard_id, p.period_start, ${bySubmitted.unit} as unit_id,
        count(*) filter (where w.recorded and w.ok) as wait_ok,
        count(*) filter (where w.recorded) as wait_recorded,
        count(distinct c.office_id) filter (where w.recorded) as wait_offices,
        count(*) filter (where c.first_time_correct) as first_ok,
        count(*) filter (where c.first_time_correct is not null) as first_recorded,
        count(distinct c.office_id) filter (where c.first_time_correct is not null) as first_offices
      from cases c
      join deadline_rules dr on dr.standard_id = c.standard_id and dr.channel = c.channel
        and dr.variant = c.variant
      cross join lateral (select
        (c.wait_minutes_submit is not null or c.wait_minutes_pickup is not null) as recorded,
        (coalesce(c.wait_minutes_submit, 0) <= dr.max_wait_minutes
          and coalesce(c.wait_minutes_pickup, 0) <= dr.max_wait_minutes) as ok) w
      ${bySubmitted.joins} ${periodJoin(sql`c.submitted_on`)}
      where c.submitted_on between ${first} and ${last} and c.result <> 'withdrawn'
        ${andAll([...bySubmitted.where, ...caseChannel])}
      group by c.standard_id, p.period_start, ${bySubmitted.unit}
    ),
    completed_counts as (
      select c.standard_id, p.period_start, ${byCompleted.unit} as unit_id,
        count(*) filter (where c.docs_correct) as docs_ok,
        count(*) filter (where c.docs_correct is not null) as docs_recorded,
        count(distinct c.office_id) filter (where c.docs_correct is not null) as docs_offices,
        count(*) filter (where c.result in ('issued', 'refused')) as served,
        count(distinct c.office_id) filter (where c.result in ('issued', 'refused')) as served_offices
      from cases c ${byCompleted.joins} ${periodJoin(sql`c.completed_on`)}
      where c.completed_on between ${first} and ${last} and c.result <> 'withdrawn'
        ${andAll([...byCompleted.where, ...caseChannel])}
      group by c.standard_id, p.period_start, ${byCompleted.unit}
    ),
    survey_counts as (
      select s.standard_id, p.period_start, ${byResponded.unit} as unit_id,
        ${sql.join(
          QUESTIONS.map(([, q]) =>
            sql.raw(`count(*) filter (where s.${q}_satisfied) as ${q}_ok,
        count(s.${q}_satisfied) as ${q}_n,
        count(distinct s.office_id) filter (where s.${q}_satisfied is not null) as ${q}_offices`),
          ),
          sql`, `,
        )}
      from survey_responses s ${byResponded.joins} ${periodJoin(sql`s.responded_on`)}
      where s.responded_on between ${first} and ${last}
        ${andAll([...byResponded.where, ...channelOfOffice(q, 's')])}
      group by s.standard_id, p.period_start, ${byResponded.unit}
    )`

  return sql<MeasureCountRow>`
    with periods (period_start, period_end) as (values ${periods}),
    ${caseCtes},
    received_counts as (
      select k.standard_id, p.period_start, ${byReceived.unit} as unit_id,
        count(*) filter (where k.justified) as justified
      from complaints k ${byReceived.joins} ${periodJoin(sql`k.received_on`)}
      where k.received_on between ${first} and ${last}
        ${andAll([...byReceived.where, ...channelOfOffice(q, 'k')])}
      group by k.standard_id, p.period_start, ${byReceived.unit}
    ),
    term_counts as (
      select k.standard_id, p.period_start, ${byTermEnd.unit} as unit_id,
        count(*) filter (where k.upheld and k.decided_at <= k.term_ends_at) as numerator,
        count(*) as denominator
      from complaints k ${byTermEnd.joins} ${periodJoin(sql`k.term_ends_on`)}
      where k.justified and k.term_ends_on between ${first} and ${last}
        ${andAll([...byTermEnd.where, ...channelOfOffice(q, 'k')])}
      group by k.standard_id, p.period_start, ${byTermEnd.unit}
    )
    select standard_id, measure, period_start::text as period_start, unit_id,
      numerator::int as numerator, denominator::int as denominator, contributing::int as contributing
    from (
      select standard_id, 'on_time'::text as measure, period_start, unit_id,
        numerator, denominator, contributing
      from on_time
      union all
      select standard_id, 'queue_wait_ok', period_start, unit_id, wait_ok, wait_recorded, wait_offices
      from submitted_counts
      union all
      select standard_id, 'first_time_correct', period_start, unit_id, first_ok, first_recorded, first_offices
      from submitted_counts
      union all
      select standard_id, 'docs_correct', period_start, unit_id, docs_ok, docs_recorded, docs_offices
      from completed_counts
      union all ${surveyUnion}
      union all
      -- 4.1: justified complaints received over consumers served (cases completed), same period.
      select coalesce(r.standard_id, cc.standard_id), 'justified_complaint_rate',
        coalesce(r.period_start, cc.period_start), coalesce(r.unit_id, cc.unit_id),
        coalesce(r.justified, 0), coalesce(cc.served, 0), coalesce(cc.served_offices, 0)
      from received_counts r
      full join completed_counts cc on cc.standard_id = r.standard_id
        and cc.period_start = r.period_start and cc.unit_id is not distinct from r.unit_id
      union all
      -- 4.2: coverage follows the cases, as for 4.1 (a complaint register is complete or absent).
      select coalesce(t.standard_id, cc.standard_id), 'complaints_resolved_on_time',
        coalesce(t.period_start, cc.period_start), coalesce(t.unit_id, cc.unit_id),
        coalesce(t.numerator, 0), coalesce(t.denominator, 0), coalesce(cc.served_offices, 0)
      from term_counts t
      full join completed_counts cc on cc.standard_id = t.standard_id
        and cc.period_start = t.period_start and cc.unit_id is not distinct from t.unit_id
    ) counts
  `
}

/** Scope of a rollup row: its region is stored (the office's region on that day). */
function rollupScope(q: CountsQuery) {
  const needsOffice = q.districtId !== undefined || q.breakdown === 'district'
  const where: RawBuilder<unknown>[] = []
  if (q.regionId !== undefined) where.push(sql`r.region_id = ${q.regionId}`)
  if (q.districtId !== undefined) where.push(sql`o.district_id = ${q.districtId}`)
  if (q.officeId !== undefined) where.push(sql`r.office_id = ${q.officeId}`)
  if (q.standardId !== undefined) where.push(sql`r.standard_id = ${q.standardId}`)
  where.push(...accessWhere(q, sql`r.region_id`, sql`r.standard_id`))
  const unit = unitOf(q.breakdown, { region: sql`r.region_id`, office: sql`r.office_id` })
  return { joins: needsOffice ? sql`join offices o on o.id = r.office_id` : sql``, where, unit }
}

/**
 * The case and survey count CTEs over the daily rollups (same shapes as the plain ones). Sums
 * per office first, then per unit: the offices that contributed are those with a non-zero
 * denominator — two hash aggregates instead of a sort for count(distinct).
 */
function rollupCaseCtes(
  q: CountsQuery,
  h: {
    first: RawBuilder<unknown>
    last: RawBuilder<unknown>
    periodJoin: (key: RawBuilder<unknown>) => RawBuilder<unknown>
    caseChannel: RawBuilder<unknown>[]
  },
) {
  const scope = rollupScope(q)
  const perOffice = (table: string, sums: string[], extraWhere: RawBuilder<unknown>[]) => sql`
      select r.standard_id, p.period_start, ${scope.unit} as unit_id, r.office_id,
        ${sql.raw(sums.map((c) => `sum(r.${c}) as ${c}`).join(', '))}
      from ${sql.raw(table)} r ${scope.joins} ${h.periodJoin(sql`r.day`)}
      where r.day between ${h.first} and ${h.last} ${andAll([...scope.where, ...extraWhere])}
      group by r.standard_id, p.period_start, ${scope.unit}, r.office_id`
  const perUnit = (columns: string) =>
    sql.raw(`select standard_id, period_start, unit_id, ${columns}`)
  const group = sql`group by standard_id, period_start, unit_id`
  const questions = [
    'process',
    'information',
    'complaint_procedure',
    'complaint_timeline',
    'courtesy',
  ]
  return sql`
    on_time as (
      ${perUnit('sum(on_time) as numerator, sum(cases) as denominator, count(*) filter (where cases > 0) as contributing')}
      from (${perOffice('rollup_cases_due', ['on_time', 'cases'], h.caseChannel)}) x ${group}
    ),
    submitted_counts as (
      ${perUnit(`sum(wait_ok) as wait_ok, sum(wait_recorded) as wait_recorded,
        count(*) filter (where wait_recorded > 0) as wait_offices,
        sum(first_ok) as first_ok, sum(first_recorded) as first_recorded,
        count(*) filter (where first_recorded > 0) as first_offices`)}
      from (${perOffice('rollup_cases_submitted', ['wait_ok', 'wait_recorded', 'first_ok', 'first_recorded'], h.caseChannel)}) x
      ${group}
    ),
    completed_counts as (
      ${perUnit(`sum(docs_ok) as docs_ok, sum(docs_recorded) as docs_recorded,
        count(*) filter (where docs_recorded > 0) as docs_offices,
        sum(served) as served, count(*) filter (where served > 0) as served_offices`)}
      from (${perOffice('rollup_cases_completed', ['docs_ok', 'docs_recorded', 'served'], h.caseChannel)}) x
      ${group}
    ),
    survey_counts as (
      ${perUnit(
        questions
          .map(
            (x) => `sum(${x}_ok) as ${x}_ok, sum(${x}_n) as ${x}_n,
        count(*) filter (where ${x}_n > 0) as ${x}_offices`,
          )
          .join(', '),
      )}
      from (${perOffice(
        'rollup_surveys',
        questions.flatMap((x) => [`${x}_ok`, `${x}_n`]),
        channelOfOffice(q, 'r'),
      )}) x
      ${group}
    )`
}

/**
 * info_online (a year's figure) and the offices serving each standard in scope, both counted on
 * the membership of the period's last counted day. Returns, per standard × period × unit, the
 * offices serving, those with a publication record, and those published.
 */
export async function servingAndPublications(
  db: Db,
  q: CountsQuery,
): Promise<(ServingRow & { recorded: number; published: number })[]> {
  if (q.periods.length === 0) return []
  const periods = sql.join(
    q.periods.map((p) => sql`(${p.start}::date, ${p.end}::date)`),
    sql`, `,
  )
  const serviceWhere: RawBuilder<unknown>[] = []
  if (q.standardId !== undefined) serviceWhere.push(sql`os.standard_id = ${q.standardId}`)
  if (q.channel !== undefined) serviceWhere.push(sql`os.channel = ${q.channel}`)
  const scopeWhere: RawBuilder<unknown>[] = []
  if (q.regionId !== undefined) scopeWhere.push(sql`orr.region_id = ${q.regionId}`)
  if (q.districtId !== undefined) scopeWhere.push(sql`o.district_id = ${q.districtId}`)
  if (q.officeId !== undefined) scopeWhere.push(sql`o.id = ${q.officeId}`)
  scopeWhere.push(...accessWhere(q, sql`orr.region_id`, sql`s.standard_id`))
  const unit = unitOf(q.breakdown, { region: sql`orr.region_id`, office: sql`o.id` })
  const result = await sql<ServingRow & { recorded: number; published: number }>`
    with periods (period_start, period_end) as (values ${periods}),
    serving as (
      select distinct os.office_id, os.standard_id from office_services os
      where true ${andAll(serviceWhere)}
    )
    select s.standard_id, p.period_start::text as period_start, ${unit} as unit_id,
      count(*)::int as serving,
      count(ip.office_id)::int as recorded,
      count(*) filter (where ip.published)::int as published
    from periods p
    cross join serving s
    join offices o on o.id = s.office_id
    join office_regions orr on orr.office_id = o.id
      and p.period_end >= orr.valid_from and p.period_end <= coalesce(orr.valid_to, ${FAR_FUTURE})
    left join info_publications ip on ip.office_id = o.id and ip.standard_id = s.standard_id
      and ip.year = ${q.year}
    where true ${andAll(scopeWhere)}
    group by s.standard_id, p.period_start, ${unit}
  `.execute(db)
  return result.rows
}
