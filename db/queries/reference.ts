// Reference data as the pages, the JSON API and the CLI ask for it: standards with their deadline
// rules and indicator tables, regions valid in a year, their districts and offices. One function
// per question, `db` first, explicit columns; counts and lists are aggregated in PostgreSQL.
// "Valid in year Y" means a validity period overlaps Y (see validity.ts).
import { sql, type Selectable } from 'kysely'
import { jsonArrayFrom } from 'kysely/helpers/postgres'
import type { Db } from '../client.server'
import {
  CHANNEL_CODES,
  VARIANT_CODES,
  type ChannelCode,
  type IndicatorGroup,
  type IndicatorsTable,
  type OfficeKind,
  type TermUnit,
  type VariantCode,
} from '../schema'
import { validInYear } from './validity'

// ── standards ───────────────────────────────────────────────────────────────────────────────

/** An amendment of a standard's decree: jsonb `{ number, date, what_en }`, read back camel-cased. */
export interface AmendmentRow {
  number: string
  date: string
  whatEn: string | null
}

export interface StandardRow {
  id: string
  nameKk: string
  nameRu: string
  nameEn: string
  agencyId: string
  agencyNameKk: string
  agencyNameRu: string
  agencyNameEn: string
  approverKk: string
  approverRu: string
  approverEn: string
  decreeNumber: string
  decreeDate: string
  amendments: AmendmentRow[]
  cancelledByNumber: string | null
  cancelledByDate: string | null
  complaintReviewDays: number
  tableTitleKk: string
  notesKk: string | null
  notesRu: string | null
  notesEn: string | null
  indicatorCount: number
}

function standardsQuery(db: Db) {
  return db
    .with('indicatorCounts', (qb) =>
      qb
        .selectFrom('indicators')
        .select((eb) => ['indicators.standardId', eb.fn.countAll<number>().as('indicatorCount')])
        .groupBy('indicators.standardId'),
    )
    .selectFrom('standards as s')
    .innerJoin('agencies as a', 'a.id', 's.agencyId')
    .leftJoin('indicatorCounts as ic', 'ic.standardId', 's.id')
    .select((eb) => [
      's.id',
      's.nameKk',
      's.nameRu',
      's.nameEn',
      's.agencyId',
      'a.nameKk as agencyNameKk',
      'a.nameRu as agencyNameRu',
      'a.nameEn as agencyNameEn',
      'a.approverKk',
      'a.approverRu',
      'a.approverEn',
      's.decreeNumber',
      's.decreeDate',
      's.amendments',
      's.cancelledByNumber',
      's.cancelledByDate',
      's.complaintReviewDays',
      's.tableTitleKk',
      's.notesKk',
      's.notesRu',
      's.notesEn',
      eb.fn.coalesce('ic.indicatorCount', sql<number>`0`).as('indicatorCount'),
    ])
}

/** Every standard with its agency and the number of indicators in its appendix table. */
export async function listStandards(db: Db): Promise<StandardRow[]> {
  const rows = await standardsQuery(db).orderBy('s.decreeDate').orderBy('s.id').execute()
  return rows.map(withAmendments)
}

export async function findStandard(db: Db, id: string): Promise<StandardRow | undefined> {
  const row = await standardsQuery(db).where('s.id', '=', id).executeTakeFirst()
  return row && withAmendments(row)
}

function withAmendments<T extends { amendments: unknown }>(
  row: T,
): Omit<T, 'amendments'> & { amendments: AmendmentRow[] } {
  const list = Array.isArray(row.amendments) ? (row.amendments as Record<string, unknown>[]) : []
  return {
    ...row,
    amendments: list.map((a) => ({
      number: String(a.number ?? ''),
      date: String(a.date ?? ''),
      whatEn: (a.whatEn as string | undefined) ?? null,
    })),
  }
}

export interface DeadlineRuleRow {
  standardId: string
  channel: ChannelCode
  channelNameKk: string
  channelNameRu: string
  channelNameEn: string
  variant: VariantCode
  variantNameKk: string
  variantNameRu: string
  variantNameEn: string
  termAmount: number
  termUnit: TermUnit
  maxWaitMinutes: number
  maxServiceMinutes: number
  termAsPrintedKk: string
  interpretationKk: string | null
  interpretationRu: string | null
  interpretationEn: string | null
}

/** Channels and variants sort in the order the standards print them (point 7), not alphabetically. */
function printedOrder(column: string, codes: readonly string[]) {
  const list = sql.join(codes.map((code) => sql.lit(code)))
  return sql`array_position(array[${list}]::text[], ${sql.ref(column)})`
}

/** The deadline rule of each channel × variant (of one standard, or of all). */
export async function listDeadlineRules(
  db: Db,
  filter: { standardId?: string } = {},
): Promise<DeadlineRuleRow[]> {
  let query = db
    .selectFrom('deadlineRules as dr')
    .innerJoin('channels as c', 'c.code', 'dr.channel')
    .innerJoin('variants as v', 'v.code', 'dr.variant')
    .select([
      'dr.standardId',
      'dr.channel',
      'c.nameKk as channelNameKk',
      'c.nameRu as channelNameRu',
      'c.nameEn as channelNameEn',
      'dr.variant',
      'v.nameKk as variantNameKk',
      'v.nameRu as variantNameRu',
      'v.nameEn as variantNameEn',
      'dr.termAmount',
      'dr.termUnit',
      'dr.maxWaitMinutes',
      'dr.maxServiceMinutes',
      'dr.termAsPrintedKk',
      'dr.interpretationKk',
      'dr.interpretationRu',
      'dr.interpretationEn',
    ])
  if (filter.standardId !== undefined) query = query.where('dr.standardId', '=', filter.standardId)
  return query
    .orderBy('dr.standardId')
    .orderBy(printedOrder('dr.channel', CHANNEL_CODES))
    .orderBy('dr.channel')
    .orderBy(printedOrder('dr.variant', VARIANT_CODES))
    .orderBy('dr.variant')
    .execute()
}

export interface IndicatorGroupRow {
  standardId: string
  slug: IndicatorGroup
  position: number
  headingKk: string
  headingRu: string
  headingEn: string
}

/** The group headings of the appendix tables, in printed order. */
export async function listIndicatorGroups(
  db: Db,
  filter: { standardId?: string } = {},
): Promise<IndicatorGroupRow[]> {
  let query = db
    .selectFrom('indicatorGroups as g')
    .select(['g.standardId', 'g.slug', 'g.position', 'g.headingKk', 'g.headingRu', 'g.headingEn'])
  if (filter.standardId !== undefined) query = query.where('g.standardId', '=', filter.standardId)
  return query.orderBy('g.standardId').orderBy('g.position').execute()
}

/**
 * An indicator as the appendix table defines it (the `indicators` table without its source
 * note) — not the engine's computed row (app/indicators/types.ts IndicatorRow).
 */
export type IndicatorDefinitionRow = Omit<Selectable<IndicatorsTable>, 'source'>

/** The rows of the appendix tables, in printed order. */
export async function listIndicators(
  db: Db,
  filter: { standardId?: string } = {},
): Promise<IndicatorDefinitionRow[]> {
  let query = db
    .selectFrom('indicators as i')
    .select([
      'i.id',
      'i.standardId',
      'i.code',
      'i.position',
      'i.groupSlug',
      'i.nameKk',
      'i.nameRu',
      'i.nameEn',
      'i.measure',
      'i.normativeAsPrinted',
      'i.normativeKind',
      'i.normativeLow',
      'i.normativeHigh',
      'i.direction',
    ])
  if (filter.standardId !== undefined) query = query.where('i.standardId', '=', filter.standardId)
  return query.orderBy('i.standardId').orderBy('i.position').execute()
}

export interface ChannelRow {
  code: ChannelCode
  nameKk: string
  nameRu: string
  nameEn: string
}

/** The channels a consumer can apply through, in printed order. */
export async function listChannels(db: Db): Promise<ChannelRow[]> {
  return db
    .selectFrom('channels as c')
    .select(['c.code', 'c.nameKk', 'c.nameRu', 'c.nameEn'])
    .orderBy(printedOrder('c.code', CHANNEL_CODES))
    .orderBy('c.code')
    .execute()
}

// ── regions and districts ───────────────────────────────────────────────────────────────────

export interface RegionRow {
  id: number
  code: string
  key: string
  kind: 'oblast' | 'city'
  nameKk: string
  nameRu: string
  nameEn: string
  capitalKk: string | null
  capitalEn: string | null
  timeZone: string
  legacyCode: string | null
  validFrom: string | null
  validTo: string | null
  formedFromCode: string | null
  formedFromNameKk: string | null
  formedFromNameRu: string | null
  formedFromNameEn: string | null
}

export interface RegionInYearRow extends RegionRow {
  /** Districts that belonged to the region at some time in the year. */
  districtCount: number
  /** Offices that counted for the region at some time in the year. */
  officeCount: number
}

function regionsQuery(db: Db) {
  return db
    .selectFrom('regions as r')
    .leftJoin('regions as f', 'f.id', 'r.formedFromId')
    .select([
      'r.id',
      'r.code',
      'r.key',
      'r.kind',
      'r.nameKk',
      'r.nameRu',
      'r.nameEn',
      'r.capitalKk',
      'r.capitalEn',
      'r.timeZone',
      'r.legacyCode',
      'r.validFrom',
      'r.validTo',
      'f.code as formedFromCode',
      'f.nameKk as formedFromNameKk',
      'f.nameRu as formedFromNameRu',
      'f.nameEn as formedFromNameEn',
    ])
}

/** The regions valid in `year`, with their district and office counts in that year. */
export async function listRegions(db: Db, options: { year: number }): Promise<RegionInYearRow[]> {
  const { year } = options
  return regionsQuery(db)
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('districtRegions as dr')
          .select((e) => ['dr.regionId', e.fn.count<number>('dr.districtId').distinct().as('n')])
          .where(validInYear('dr.validFrom', 'dr.validTo', year))
          .groupBy('dr.regionId')
          .as('dc'),
      (join) => join.onRef('dc.regionId', '=', 'r.id'),
    )
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('officeRegions as orr')
          .select((e) => ['orr.regionId', e.fn.count<number>('orr.officeId').distinct().as('n')])
          .where(validInYear('orr.validFrom', 'orr.validTo', year))
          .groupBy('orr.regionId')
          .as('oc'),
      (join) => join.onRef('oc.regionId', '=', 'r.id'),
    )
    .select((eb) => [
      eb.fn.coalesce('dc.n', sql<number>`0`).as('districtCount'),
      eb.fn.coalesce('oc.n', sql<number>`0`).as('officeCount'),
    ])
    .where(validInYear('r.validFrom', 'r.validTo', year))
    .orderBy('r.code')
    .execute()
}

/** One region by its ISO 3166-2 code (any validity). */
export async function findRegion(db: Db, code: string): Promise<RegionRow | undefined> {
  return regionsQuery(db).where('r.code', '=', code).executeTakeFirst()
}

export interface RegionDistrictRow {
  code: string
  kind: 'district' | 'city' | 'city_district'
  nameKk: string
  nameRu: string
  nameEn: string
  /** The district's membership of the region (one row per membership period in the year). */
  memberFrom: string
  memberTo: string | null
  /** Offices of the district that counted for this region at some time in the year. */
  officeCount: number
}

/** The districts that belonged to a region at some time in `year`, with their office counts. */
export async function listRegionDistricts(
  db: Db,
  options: { regionCode: string; year: number },
): Promise<RegionDistrictRow[]> {
  const { regionCode, year } = options
  return db
    .selectFrom('districtRegions as dr')
    .innerJoin('regions as r', 'r.id', 'dr.regionId')
    .innerJoin('districts as d', 'd.id', 'dr.districtId')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('offices as o')
          .innerJoin('officeRegions as orr', 'orr.officeId', 'o.id')
          .select((e) => [
            'o.districtId',
            'orr.regionId',
            e.fn.count<number>('o.id').distinct().as('n'),
          ])
          .where(validInYear('orr.validFrom', 'orr.validTo', year))
          .groupBy(['o.districtId', 'orr.regionId'])
          .as('oc'),
      (join) => join.onRef('oc.districtId', '=', 'd.id').onRef('oc.regionId', '=', 'r.id'),
    )
    .select((eb) => [
      'd.code',
      'd.kind',
      'd.nameKk',
      'd.nameRu',
      'd.nameEn',
      'dr.validFrom as memberFrom',
      'dr.validTo as memberTo',
      eb.fn.coalesce('oc.n', sql<number>`0`).as('officeCount'),
    ])
    .where('r.code', '=', regionCode)
    .where(validInYear('dr.validFrom', 'dr.validTo', year))
    .orderBy('d.code')
    .orderBy('dr.validFrom')
    .execute()
}

// ── offices ─────────────────────────────────────────────────────────────────────────────────

export interface OfficeService {
  standardId: string
  channel: ChannelCode
}

/**
 * One office in one region: what `listOffices` returns (and the `sapa offices` CLI prints as
 * `code, region, district, kind, name_kk`). An office whose region changed during the year
 * appears once per region, with the membership period in `memberFrom`/`memberTo`.
 */
export interface OfficeRow {
  code: string
  kind: OfficeKind
  nameKk: string
  nameRu: string
  nameEn: string
  addressKk: string | null
  phone: string | null
  email: string | null
  regionCode: string
  regionNameKk: string
  regionNameRu: string
  regionNameEn: string
  /** null for region-level offices (oblast akimat, land-relations department, PSC, enterprise). */
  districtCode: string | null
  districtKind: 'district' | 'city' | 'city_district' | null
  districtNameKk: string | null
  districtNameRu: string | null
  districtNameEn: string | null
  memberFrom: string
  memberTo: string | null
  /** The standards and channels the office serves (office_services), ordered. */
  services: OfficeService[]
}

export interface ListOfficesOptions {
  /** ISO 3166-2 code of the region, e.g. 'KZ-11'; all regions when omitted. */
  regionCode?: string
  /**
   * The offices that counted for the region at some time in this year. When omitted, each
   * office's latest region membership (today's structure).
   */
  year?: number
}

/** Offices with their region, district and services; ordered by region, district, office code. */
export async function listOffices(db: Db, options: ListOfficesOptions = {}): Promise<OfficeRow[]> {
  let query = db
    .selectFrom('offices as o')
    .innerJoin('officeRegions as orr', 'orr.officeId', 'o.id')
    .innerJoin('regions as r', 'r.id', 'orr.regionId')
    .leftJoin('districts as d', 'd.id', 'o.districtId')
    .select((eb) => [
      'o.code',
      'o.kind',
      'o.nameKk',
      'o.nameRu',
      'o.nameEn',
      'o.addressKk',
      'o.phone',
      'o.email',
      'r.code as regionCode',
      'r.nameKk as regionNameKk',
      'r.nameRu as regionNameRu',
      'r.nameEn as regionNameEn',
      'd.code as districtCode',
      'd.kind as districtKind',
      'd.nameKk as districtNameKk',
      'd.nameRu as districtNameRu',
      'd.nameEn as districtNameEn',
      'orr.validFrom as memberFrom',
      'orr.validTo as memberTo',
      jsonArrayFrom(
        eb
          .selectFrom('officeServices as os')
          .select(['os.standardId', 'os.channel'])
          .whereRef('os.officeId', '=', 'o.id')
          .orderBy('os.standardId')
          .orderBy('os.channel'),
      ).as('services'),
    ])
  if (options.regionCode !== undefined) query = query.where('r.code', '=', options.regionCode)
  if (options.year !== undefined) {
    query = query.where(validInYear('orr.validFrom', 'orr.validTo', options.year))
  } else {
    query = query.where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('officeRegions as later')
            .select('later.officeId')
            .whereRef('later.officeId', '=', 'orr.officeId')
            .whereRef('later.validFrom', '>', 'orr.validFrom'),
        ),
      ),
    )
  }
  return query
    .orderBy('r.code')
    .orderBy(sql`${sql.ref('d.code')} nulls first`)
    .orderBy('o.code')
    .orderBy('orr.validFrom')
    .execute()
}
