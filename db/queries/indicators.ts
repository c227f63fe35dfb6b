// The counts behind every indicator (docs/domain.md §3, decision 0004), aggregated by PostgreSQL in
// one statement per request, made from the measure registry (app/domain/measures.ts, through
// db/measure-sql.ts — no rule is written here): per standard × measure × period × unit (the scope, or each region /
// district / office of a breakdown) the numerator, the denominator and the offices that
// contributed, plus the offices serving each standard in scope. Ratios, targets and status are
// the domain's job (app/domain/indicator-status.ts).
import { sql, type RawBuilder } from 'kysely'
import type { Db } from '../client.server'
import type { ChannelCode } from '../schema'
import {
  COUNT_GROUPS,
  SOURCE_TABLE,
  deadlineRuleJoin,
  leftOut,
  measureUnion,
  monthlyTable,
  plainTallies,
  publicationNumerator,
  rollupColumns,
  rollupTallies,
  type CountGroup,
} from '../measure-sql'

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
   * 'rollup' (default) sums the rollups maintained by triggers: the month grain (migration 0025)
   * over a period's whole months, the daily rollups (migration 0002) over the days of a month it
   * holds only in part (the as-of date's month of a running year). 'daily' sums the daily
   * rollups alone; 'plain' aggregates the base tables. All three must give the same numbers
   * (test/db/rollups.test.ts, test/db/monthly-rollups.test.ts).
   */
  source?: 'rollup' | 'daily' | 'plain'
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

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
const monthStart = (day: string) => `${day.slice(0, 7)}-01`
const nextMonthStart = (day: string) => {
  const [y, m] = day.split('-').map(Number) as [number, number]
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`
}

/**
 * The whole months of a period, `[from, until)` (empty when from = until), and the days it
 * counts outside them: the days before its first whole month (none for a period that starts on
 * the 1st, as every period of periodsOfYear does) and those of the month holding its last day
 * when that day is not the month's last (the as-of date of a running year).
 */
export function wholeMonthsOf(period: { start: string; end: string }): {
  from: string
  until: string
  days: [string, string][]
} {
  const from = period.start.endsWith('-01') ? period.start : nextMonthStart(period.start)
  const after = addDays(period.end, 1)
  const until = after.endsWith('-01') ? after : monthStart(period.end)
  if (until <= from)
    return { from: period.start, until: period.start, days: [[period.start, period.end]] }
  const days: [string, string][] = []
  if (period.start < from) days.push([period.start, addDays(from, -1)])
  if (until <= period.end) days.push([until, period.end])
  return { from, until, days }
}

/** The statement behind measureCounts (also for EXPLAIN in benchmarks). */
export function measureCountsSql(q: CountsQuery) {
  const trunc = sql.lit(q.granularity)
  const first = sql`${q.periods[0]!.start}::date`
  const last = sql`${q.periods[q.periods.length - 1]!.end}::date`
  const bucket = (key: RawBuilder<unknown>) => sql`date_trunc(${trunc}, ${key})::date`
  const months = q.periods.map(wholeMonthsOf)
  const periods = sql.join(
    q.periods.map(
      (p, i) =>
        sql`(${p.start}::date, ${p.end}::date, ${months[i]!.from}::date, ${months[i]!.until}::date)`,
    ),
    sql`, `,
  )
  const source = q.source ?? 'rollup'
  const periodJoin = (key: RawBuilder<unknown>) =>
    sql`join periods p on p.period_start = ${bucket(key)} and ${key} <= p.period_end`
  const h: StatementParts = { first, last, periodJoin, bucket, months }

  // One CTE per kind of record and key date (the registry's groups, db/measure-sql.ts): from the
  // rollups where the group has one, else from the records themselves.
  const ctes = COUNT_GROUPS.map((group) =>
    source !== 'plain' && group.rollup
      ? rollupGroupCte(q, group, h, source === 'rollup')
      : plainGroupCte(q, group, h),
  )

  return sql<MeasureCountRow>`
    with periods (period_start, period_end, months_from, months_until) as (values ${periods}),
    ${sql.join(
      ctes,
      sql`,
    `,
    )}
    select standard_id, measure, period_start::text as period_start, unit_id,
      numerator::int as numerator, denominator::int as denominator, contributing::int as contributing
    from (
      ${sql.raw(measureUnion())}
    ) counts
  `
}

interface StatementParts {
  first: RawBuilder<unknown>
  last: RawBuilder<unknown>
  periodJoin: (key: RawBuilder<unknown>) => RawBuilder<unknown>
  bucket: (key: RawBuilder<unknown>) => RawBuilder<unknown>
  /** Each period's whole months and the days outside them (wholeMonthsOf), in period order. */
  months: ReturnType<typeof wholeMonthsOf>[]
}

/** The channel filter of a group's records: a case's own channel, else its office's services. */
function channelWhere(q: CountsQuery, group: CountGroup, alias: string) {
  if (!q.channel) return []
  if (group.source === 'cases') return [sql`${sql.raw(alias)}.channel = ${q.channel}`]
  return channelOfOffice(q, alias)
}

/** A group's counts per standard × period × unit, from its records. */
function plainGroupCte(q: CountsQuery, group: CountGroup, h: StatementParts) {
  const { table, alias } = SOURCE_TABLE[group.source]
  const key = sql.raw(`${alias}.${group.keyDate}`)
  const scope = scopeSql(q, alias, key)
  const excluded = leftOut(group.source, alias)
  return sql`${sql.raw(group.name)} as (
      select ${sql.raw(alias)}.standard_id, p.period_start, ${scope.unit} as unit_id,
        ${sql.raw(plainTallies(group, alias))}
      from ${sql.raw(`${table} ${alias}`)}
      ${sql.raw(group.readsDeadlineRule ? deadlineRuleJoin(alias) : '')}
      ${scope.joins} ${h.periodJoin(key)}
      where ${key} between ${h.first} and ${h.last} ${sql.raw(excluded ? `and ${excluded}` : '')}
        ${andAll([...scope.where, ...channelWhere(q, group, alias)])}
      group by ${sql.raw(alias)}.standard_id, p.period_start, ${scope.unit}
    )`
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
 * A group's counts over its rollups (same columns as the plain CTE): the month grain over each
 * period's whole months and the daily rollup over its other days (`monthly`), or the daily
 * rollup over every day. Sums per office first, then per unit: the offices that contributed are
 * those with a non-zero count — hash aggregates instead of a sort for count(distinct).
 */
function rollupGroupCte(q: CountsQuery, group: CountGroup, h: StatementParts, monthly: boolean) {
  const scope = rollupScope(q)
  const columns = rollupColumns(group)
  const where = andAll([...scope.where, ...channelWhere(q, group, 'r')])
  const perOffice = (
    table: string,
    join: RawBuilder<unknown>,
    range: RawBuilder<unknown>,
  ) => sql`select r.standard_id, p.period_start, ${scope.unit} as unit_id, r.office_id,
          ${sql.raw(columns.map((c) => `sum(r.${c}) as ${c}`).join(', '))}
        from ${sql.raw(table)} r ${scope.joins} ${join}
        where ${range} ${where}
        group by r.standard_id, p.period_start, ${scope.unit}, r.office_id`

  const parts: RawBuilder<unknown>[] = []
  if (!monthly) {
    parts.push(
      perOffice(
        group.rollup!.table,
        h.periodJoin(sql`r.day`),
        sql`r.day between ${h.first} and ${h.last}`,
      ),
    )
  } else {
    const whole = h.months.filter((m) => m.from < m.until)
    if (whole.length > 0) {
      const from = whole.map((m) => m.from).sort()[0]!
      const until = whole.map((m) => m.until).sort()[whole.length - 1]!
      parts.push(
        perOffice(
          monthlyTable(group.rollup!.table),
          sql`join periods p on p.period_start = ${h.bucket(sql`r.month`)}
          and r.month >= p.months_from and r.month < p.months_until`,
          sql`r.month >= ${from}::date and r.month < ${until}::date`,
        ),
      )
    }
    const days = h.months.flatMap((m) => m.days)
    if (days.length > 0) {
      parts.push(
        perOffice(
          group.rollup!.table,
          sql`${h.periodJoin(sql`r.day`)}
          and (r.day < p.months_from or r.day >= p.months_until)`,
          sql`(${sql.join(
            days.map(([a, b]) => sql`r.day between ${a}::date and ${b}::date`),
            sql` or `,
          )})`,
        ),
      )
    }
  }
  // Per office over the parts (an office counts once though both hold its rows), then per unit.
  const tallies = sql.raw(rollupTallies(group))
  const sums = sql.raw(columns.map((c) => `sum(${c}) as ${c}`).join(', '))
  // Every period has whole months or days outside them, so there is at least one part.
  const rows =
    parts.length === 1
      ? parts[0]!
      : sql`select standard_id, period_start, unit_id, office_id, ${sums}
          from (${sql.join(
            parts,
            sql`
          union all
          `,
          )}) parts
          group by standard_id, period_start, unit_id, office_id`
  return sql`${sql.raw(group.name)} as (
      select standard_id, period_start, unit_id,
        ${tallies}
      from (
        ${rows}
      ) x
      group by standard_id, period_start, unit_id
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
      count(*) filter (where ${sql.raw(publicationNumerator('ip'))})::int as published
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
