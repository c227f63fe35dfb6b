// Data freshness (decision 0028): per office × kind of record, the date of its latest record, the
// import batch that last wrote its rows, and the months in which it had records; the thresholds;
// and the "data through" date of a scope. The rules (stale, months without records) are
// app/domain/freshness.ts. Every lookup is an index step per office (the (office_id, date) indexes
// of 0001, the (office_id, import_batch_id) ones of 0016) or per standard (the (standard_id, date)
// ones), never a scan of a fact table: docs/decisions/0028 has the EXPLAIN at bench scale.
import { sql, type RawBuilder } from 'kysely'
import type { Db } from '../client.server'
import type { FreshnessThresholds } from '../../app/domain/freshness'

/** The caller's scope (policy.server.ts DataAccess) and the page's filters. */
export interface FreshnessScope {
  /** Offices that belong to one of these regions on `today`; undefined: every region. */
  regionIds?: number[]
  /** Records of these standards only (an agency chair); undefined: every standard. */
  standardIds?: string[]
  officeId?: number
}

/** The dated kinds: table and the civil date their records are counted by. */
const DATED = {
  cases: { table: 'cases', date: 'submitted_on' },
  surveys: { table: 'survey_responses', date: 'responded_on' },
  complaints: { table: 'complaints', date: 'received_on' },
} as const
export type DatedKind = keyof typeof DATED

const ALL_KINDS = [
  ['cases', 'cases'],
  ['surveys', 'survey_responses'],
  ['complaints', 'complaints'],
  ['publications', 'info_publications'],
] as const

function list<T extends string | number>(values: readonly T[]): RawBuilder<unknown> {
  return sql`(${sql.join(values.map((v) => sql`${v}`))})`
}

function standardCondition(alias: string, standardIds: string[] | undefined): RawBuilder<unknown> {
  if (standardIds === undefined) return sql``
  if (standardIds.length === 0) return sql` and false`
  return sql` and ${sql.raw(alias)}.standard_id in ${list(standardIds)}`
}

export async function freshnessThresholds(db: Db): Promise<FreshnessThresholds> {
  const row = await db
    .selectFrom('freshnessSettings')
    .select(['staleAfterDays', 'regularMonths'])
    .executeTakeFirst()
  return row ?? { staleAfterDays: 35, regularMonths: 3 }
}

export async function updateFreshnessThresholds(
  db: Db,
  values: FreshnessThresholds,
  userId: number | null,
): Promise<void> {
  await db
    .updateTable('freshnessSettings')
    .set({ ...values, updatedAt: new Date(), updatedBy: userId })
    .execute()
}

export interface FreshnessOfficeRow {
  officeId: number
  officeCode: string
  nameKk: string
  nameRu: string
  nameEn: string
  regionId: number
  regionCode: string
  regionNameKk: string
  regionNameRu: string
  regionNameEn: string
  casesLatest: string | null
  surveysLatest: string | null
  complaintsLatest: string | null
  /** Publications are yearly: the latest year the office reported. */
  publicationsLatestYear: number | null
}

/**
 * The offices in scope (their region on `today`), each with its latest case, survey response and
 * complaint date and its latest publication year. `filter.regionIds` narrows further.
 */
export async function freshnessOffices(
  db: Db,
  scope: FreshnessScope,
  today: string,
): Promise<FreshnessOfficeRow[]> {
  const regions =
    scope.regionIds === undefined
      ? sql``
      : scope.regionIds.length
        ? sql` and orr.region_id in ${list(scope.regionIds)}`
        : sql` and false`
  const office = scope.officeId === undefined ? sql`` : sql` and o.id = ${scope.officeId}`
  const serves =
    scope.standardIds === undefined
      ? sql``
      : sql` and exists (select 1 from office_services os where os.office_id = o.id${standardCondition('os', scope.standardIds)})`
  const latest = (kind: DatedKind) => {
    const { table, date } = DATED[kind]
    return sql`(select x.${sql.raw(date)} from ${sql.raw(table)} x where x.office_id = o.id${standardCondition('x', scope.standardIds)}
      order by x.${sql.raw(date)} desc limit 1)`
  }
  const result = await sql<FreshnessOfficeRow>`
    select o.id as office_id, o.code as office_code, o.name_kk, o.name_ru, o.name_en,
      r.id as region_id, r.code as region_code, r.name_kk as region_name_kk,
      r.name_ru as region_name_ru, r.name_en as region_name_en,
      ${latest('cases')} as cases_latest,
      ${latest('surveys')} as surveys_latest,
      ${latest('complaints')} as complaints_latest,
      (select max(p.year) from info_publications p where p.office_id = o.id${standardCondition('p', scope.standardIds)})
        as publications_latest_year
    from offices o
    join office_regions orr on orr.office_id = o.id
      and ${today}::date between orr.valid_from and coalesce(orr.valid_to, '9999-12-31')
    join regions r on r.id = orr.region_id
    where true${regions}${office}${serves}
    order by r.code, o.code`.execute(db)
  return result.rows
}

export interface OfficeMonthRow {
  officeId: number
  kind: DatedKind
  /** 'YYYY-MM' */
  month: string
}

/**
 * The months in which each office had records of each dated kind, out of the months from
 * `fromMonth` to `throughMonth` ('YYYY-MM-01') and, for cases, the `regularMonths` months before
 * the month of the office's latest case (what the stale rule looks at). One index probe per
 * office × month.
 */
export async function officeMonthsWithRecords(
  db: Db,
  offices: { officeId: number; casesLatest: string | null }[],
  options: {
    fromMonth: string
    throughMonth: string
    regularMonths: number
    standardIds?: string[]
  },
): Promise<OfficeMonthRow[]> {
  if (offices.length === 0) return []
  const ids = list(offices.map((o) => o.officeId))
  const probes = (Object.keys(DATED) as DatedKind[]).map((kind) => {
    const { table, date } = DATED[kind]
    const d = sql.raw(date)
    const before =
      kind === 'cases'
        ? sql`union
          select x.office_id, (date_trunc('month', x.latest) - make_interval(months => k))::date
          from (select c.id as office_id, c.latest from (values ${sql.join(
            offices
              .filter((o) => o.casesLatest !== null)
              .map((o) => sql`(${o.officeId}::int, ${o.casesLatest}::date)`)
              .concat([sql`(null::int, null::date)`]),
          )}) as c(id, latest)) x
          cross join generate_series(1, ${options.regularMonths}::int) k
          where x.office_id is not null`
        : sql``
    return sql`
      select m.office_id, ${kind}::text as kind, to_char(m.month, 'YYYY-MM') as month
      from (
        select o.id as office_id, g.month::date as month
        from offices o
        cross join generate_series(${options.fromMonth}::date, ${options.throughMonth}::date, interval '1 month') g(month)
        where o.id in ${ids}
        ${before}
      ) m
      -- A lateral probe with LIMIT 1, not EXISTS: PostgreSQL turns an EXISTS over thousands of
      -- office × month rows into a hash semi join over the whole fact table (decision 0028).
      cross join lateral (select 1 from ${sql.raw(table)} t where t.office_id = m.office_id
        and t.${d} >= m.month and t.${d} < (m.month + interval '1 month')::date${standardCondition('t', options.standardIds)}
        limit 1) hit`
  })
  const result = await sql<OfficeMonthRow>`${sql.join(probes, sql` union all `)}`.execute(db)
  return result.rows
}

export interface LatestBatchRow {
  officeId: number
  kind: 'cases' | 'surveys' | 'complaints' | 'publications'
  batchId: number
  committedAt: Date | null
  userId: number | null
  userName: string | null
  userEmail: string | null
  fileName: string | null
}

/**
 * The import batch that last wrote each office's rows of each kind: the highest batch id among
 * the rows (ids are given in the order batches are created; undone batches no longer own rows).
 */
export async function latestBatches(
  db: Db,
  officeIds: number[],
  standardIds?: string[],
): Promise<LatestBatchRow[]> {
  if (officeIds.length === 0) return []
  const parts = ALL_KINDS.map(
    ([kind, table]) => sql`
      select o.id as office_id, ${kind}::text as kind,
        (select x.import_batch_id from ${sql.raw(table)} x
          where x.office_id = o.id and x.import_batch_id is not null${standardCondition('x', standardIds)}
          order by x.import_batch_id desc limit 1) as batch_id
      from offices o where o.id in ${list(officeIds)}`,
  )
  const result = await sql<LatestBatchRow>`
    select l.office_id, l.kind, b.id as batch_id, b.committed_at, b.user_id, u.name as user_name,
      u.email as user_email, b.file_name
    from (${sql.join(parts, sql` union all `)}) l
    join import_batches b on b.id = l.batch_id
    left join users u on u.id = b.user_id`.execute(db)
  return result.rows
}

/**
 * The "data through" date of a scope: the latest case, survey response or complaint date on or
 * before `until` of the offices of a region (where the record happened), of one office, of some
 * standards, or of everything. Null when the scope has no record.
 */
export async function dataThrough(
  db: Db,
  scope: { regionIds?: number[]; officeId?: number; standardIds?: string[] },
  until: string,
): Promise<string | null> {
  const parts = (Object.keys(DATED) as DatedKind[]).map((kind) => {
    const { table, date } = DATED[kind]
    const d = sql.raw(date)
    const region =
      scope.regionIds === undefined
        ? sql``
        : scope.regionIds.length
          ? sql` and exists (select 1 from office_regions orr where orr.office_id = x.office_id
              and x.${d} between orr.valid_from and coalesce(orr.valid_to, '9999-12-31')
              and orr.region_id in ${list(scope.regionIds)})`
          : sql` and false`
    if (scope.officeId !== undefined) {
      return sql`(select max(x.${d}) from ${sql.raw(table)} x where x.office_id = ${scope.officeId}
        and x.${d} <= ${until}::date${standardCondition('x', scope.standardIds)})`
    }
    const standards =
      scope.standardIds === undefined
        ? sql`select id from standards`
        : scope.standardIds.length
          ? sql`select id from standards where id in ${list(scope.standardIds)}`
          : sql`select id from standards where false`
    return sql`(select max((select x.${d} from ${sql.raw(table)} x
        where x.standard_id = s.id and x.${d} <= ${until}::date${region}
        order by x.${d} desc limit 1)) from (${standards}) s)`
  })
  const result = await sql<{ through: string | null }>`
    select greatest(${sql.join(parts, sql`, `)}) as through`.execute(db)
  return result.rows[0]?.through ?? null
}
