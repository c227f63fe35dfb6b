// A standard's definition as stored (decision 0033): what `standard export` reads and what a
// definition import writes — the standard's row, its editions with their rules and appendix
// tables, and the offices serving it. The identity rows of 0001 follow the latest edition
// (mirrorLatestEdition in standard-editions.ts).
import type { Db } from '../client.server'
import type {
  ChannelCode,
  DeadlineRulesTable,
  IndicatorGroupsTable,
  IndicatorsTable,
} from '../schema'
import { EDITION_COLUMNS, EDITION_INDICATOR_COLUMNS } from './standard-editions'

export async function storedStandard(db: Db, id: string) {
  return db
    .selectFrom('standards')
    .select([
      'id',
      'nameKk',
      'nameRu',
      'nameEn',
      'agencyId',
      'complaintReviewDays',
      'tableTitleKk',
      'source',
      'notesKk',
      'notesRu',
      'notesEn',
      'definitionAbout',
    ])
    .where('id', '=', id)
    .executeTakeFirst()
}

export async function storedEditions(db: Db, standardId: string) {
  return db
    .selectFrom('standardEditions')
    .select([...EDITION_COLUMNS, 'amendments', 'complaintReviewDays', 'source'])
    .where('standardId', '=', standardId)
    .orderBy('edition')
    .execute()
}

export async function storedEditionRules(db: Db, standardId: string) {
  return db
    .selectFrom('editionDeadlineRules as r')
    .select([
      'r.edition',
      'r.channel',
      'r.variant',
      'r.termAmount',
      'r.termUnit',
      'r.maxWaitMinutes',
      'r.maxServiceMinutes',
      'r.termAsPrintedKk',
      'r.interpretationKk',
      'r.interpretationRu',
      'r.interpretationEn',
      'r.source',
    ])
    .where('r.standardId', '=', standardId)
    .orderBy('r.edition')
    .orderBy('r.channel')
    .orderBy('r.variant')
    .execute()
}

export async function storedEditionGroups(db: Db, standardId: string) {
  return db
    .selectFrom('editionIndicatorGroups')
    .select(['edition', 'slug', 'position', 'headingKk', 'headingRu', 'headingEn'])
    .where('standardId', '=', standardId)
    .orderBy('edition')
    .orderBy('position')
    .orderBy('slug')
    .execute()
}

export async function storedEditionIndicators(db: Db, standardId: string) {
  return db
    .selectFrom('editionIndicators')
    .select([...EDITION_INDICATOR_COLUMNS, 'source'])
    .where('standardId', '=', standardId)
    .orderBy('edition')
    .orderBy('position')
    .orderBy('code')
    .execute()
}

export async function storedOfficeServices(db: Db, standardId: string) {
  return db
    .selectFrom('officeServices as s')
    .innerJoin('offices as o', 'o.id', 's.officeId')
    .select(['o.code as office', 's.channel', 's.appendix'])
    .where('s.standardId', '=', standardId)
    .orderBy('o.code')
    .orderBy('s.channel')
    .execute()
}

/** The codes the definition may name: agencies, channels, variants, offices (by code). */
export async function definitionVocabulary(db: Db) {
  const [agencies, channels, variants, offices] = await Promise.all([
    db.selectFrom('agencies').select('id').execute(),
    db.selectFrom('channels').select('code').execute(),
    db.selectFrom('variants').select('code').execute(),
    db.selectFrom('offices').select(['id', 'code']).execute(),
  ])
  return {
    agencies: new Set(agencies.map((a) => a.id)),
    channels: new Set<string>(channels.map((c) => c.code)),
    variants: new Set<string>(variants.map((v) => v.code)),
    officeIds: new Map(offices.map((o) => [o.code, o.id])),
  }
}

/** Each code's measure in the standard's identity rows (a code keeps its measure). */
export async function identityMeasures(db: Db, standardId: string) {
  const rows = await db
    .selectFrom('indicators')
    .select(['code', 'measure'])
    .where('standardId', '=', standardId)
    .execute()
  return new Map(rows.map((r) => [r.code, r.measure]))
}

// ── writing ──────────────────────────────────────────────────────────────────────────────────

export interface StandardWrite {
  id: string
  nameKk: string
  nameRu: string
  nameEn: string
  agencyId: string
  decreeNumber: string
  decreeDate: string
  amendments: string
  cancelledByNumber: string | null
  cancelledByDate: string | null
  complaintReviewDays: number
  tableTitleKk: string
  source: string
  notesKk: string | null
  notesRu: string | null
  notesEn: string | null
  definitionAbout: string | null
}

export async function upsertStandard(db: Db, row: StandardWrite): Promise<void> {
  const { id: _id, ...rest } = row
  await db
    .insertInto('standards')
    .values(row)
    .onConflict((oc) => oc.column('id').doUpdateSet(rest))
    .execute()
}

export interface EditionWrite {
  standardId: string
  edition: number
  actNameKk: string
  actNameRu: string
  actNameEn: string
  actNumber: string
  actDate: string
  validFrom: string
  validTo: string | null
  cancelledByNumber: string | null
  cancelledByDate: string | null
  amendments: string
  complaintReviewDays: number | null
  source: string
  /** The edition's rows, without the standard and edition they are written under. */
  rules: Omit<DeadlineRulesTable, 'standardId'>[]
  groups: Omit<IndicatorGroupsTable, 'standardId'>[]
  indicators: Omit<IndicatorsTable, 'id' | 'standardId'>[]
}

/**
 * Replaces one edition: its row upserted, its rules, groups and indicators written afresh. The
 * identity rows they point to are created first where missing (their values follow the latest
 * edition afterwards).
 */
export async function replaceEdition(db: Db, e: EditionWrite): Promise<void> {
  const { rules, groups, indicators, ...edition } = e
  const key = { standardId: e.standardId, edition: e.edition }
  for (const r of rules) {
    await db
      .insertInto('deadlineRules')
      .values({ standardId: e.standardId, ...r })
      .onConflict((oc) => oc.columns(['standardId', 'channel', 'variant']).doNothing())
      .execute()
  }
  for (const g of groups) {
    await db
      .insertInto('indicatorGroups')
      .values({ standardId: e.standardId, ...g })
      .onConflict((oc) => oc.columns(['standardId', 'slug']).doNothing())
      .execute()
  }
  for (const i of indicators) {
    await db
      .insertInto('indicators')
      .values({ standardId: e.standardId, ...i })
      .onConflict((oc) => oc.columns(['standardId', 'code']).doNothing())
      .execute()
  }
  const { standardId: _s, edition: _e, ...editionValues } = edition
  await db
    .insertInto('standardEditions')
    .values(edition)
    .onConflict((oc) => oc.columns(['standardId', 'edition']).doUpdateSet(editionValues))
    .execute()
  const where = <T extends 'editionIndicators' | 'editionDeadlineRules' | 'editionIndicatorGroups'>(
    table: T,
  ) =>
    db
      .deleteFrom(table as 'editionIndicators')
      .where('standardId', '=', key.standardId)
      .where('edition', '=', key.edition)
  await where('editionIndicators').execute()
  await where('editionIndicatorGroups').execute()
  await where('editionDeadlineRules').execute()
  if (rules.length) {
    await db
      .insertInto('editionDeadlineRules')
      .values(rules.map((r) => ({ ...key, ...r })))
      .execute()
  }
  if (groups.length) {
    await db
      .insertInto('editionIndicatorGroups')
      .values(groups.map((g) => ({ ...key, ...g })))
      .execute()
  }
  if (indicators.length) {
    await db
      .insertInto('editionIndicators')
      .values(indicators.map((i) => ({ ...key, ...i })))
      .execute()
  }
}

/** The offices serving the standard become exactly `rows` (by office id and channel). */
export async function replaceOfficeServices(
  db: Db,
  standardId: string,
  rows: { officeId: number; channel: ChannelCode; appendix: number }[],
): Promise<void> {
  await db.deleteFrom('officeServices').where('standardId', '=', standardId).execute()
  if (rows.length) {
    await db
      .insertInto('officeServices')
      .values(rows.map((r) => ({ standardId, ...r })))
      .execute()
  }
}
