// The editions of the standards (migration 0023, decision 0033): their validity, appendix tables
// and deadline rules, and the copy of the latest edition into the standard's identity rows
// (deadline_rules, indicator_groups, indicators) that cases, targets and the rollups point to.
import { sql } from 'kysely'
import type { Db } from '../client.server'
import type { StandardEditionsTable } from '../schema'

export type EditionRow = Omit<StandardEditionsTable, 'amendments' | 'source' | 'complaintReviewDays'>

/** Every edition (of some standards, or of all), in order of standard and number. */
export async function listEditions(db: Db, standardIds?: readonly string[]): Promise<EditionRow[]> {
  if (standardIds !== undefined && standardIds.length === 0) return []
  let query = db
    .selectFrom('standardEditions')
    .select([
      'standardId',
      'edition',
      'actNameKk',
      'actNameRu',
      'actNameEn',
      'actNumber',
      'actDate',
      'validFrom',
      'validTo',
      'cancelledByNumber',
      'cancelledByDate',
    ])
    .orderBy('standardId')
    .orderBy('edition')
  if (standardIds !== undefined) query = query.where('standardId', 'in', standardIds)
  return query.execute()
}

/** The appendix rows of every edition (of some standards, or of all). */
export async function editionIndicatorRows(db: Db, standardIds?: readonly string[]) {
  if (standardIds !== undefined && standardIds.length === 0) return []
  let query = db
    .selectFrom('editionIndicators')
    .select([
      'standardId',
      'edition',
      'code',
      'position',
      'groupSlug',
      'nameKk',
      'nameRu',
      'nameEn',
      'measure',
      'direction',
      'normativeAsPrinted',
      'normativeKind',
      'normativeLow',
      'normativeHigh',
    ])
    .orderBy('standardId')
    .orderBy('edition')
    .orderBy('position')
  if (standardIds !== undefined) query = query.where('standardId', 'in', standardIds)
  return query.execute()
}

/**
 * Copies the standard's latest edition (the highest number) into its identity rows: the deadline
 * rules, groups and indicators it lists are upserted; rows it no longer lists stay (cases and
 * targets of earlier editions still point to them).
 */
export async function mirrorLatestEdition(db: Db, standardId: string): Promise<void> {
  const latest = await db
    .selectFrom('standardEditions')
    .select(({ fn }) => fn.max('edition').as('edition'))
    .where('standardId', '=', standardId)
    .executeTakeFirst()
  const edition = latest?.edition
  if (edition === undefined || edition === null) return
  await sql`insert into deadline_rules (standard_id, channel, variant, term_amount, term_unit,
      max_wait_minutes, max_service_minutes, term_as_printed_kk, interpretation_en,
      interpretation_ru, interpretation_kk, source)
    select standard_id, channel, variant, term_amount, term_unit, max_wait_minutes,
      max_service_minutes, term_as_printed_kk, interpretation_en, interpretation_ru,
      interpretation_kk, source
    from edition_deadline_rules where standard_id = ${standardId} and edition = ${edition}
    on conflict (standard_id, channel, variant) do update set
      term_amount = excluded.term_amount, term_unit = excluded.term_unit,
      max_wait_minutes = excluded.max_wait_minutes,
      max_service_minutes = excluded.max_service_minutes,
      term_as_printed_kk = excluded.term_as_printed_kk,
      interpretation_en = excluded.interpretation_en, interpretation_ru = excluded.interpretation_ru,
      interpretation_kk = excluded.interpretation_kk, source = excluded.source
    where (deadline_rules.term_amount, deadline_rules.term_unit, deadline_rules.max_wait_minutes,
      deadline_rules.max_service_minutes, deadline_rules.term_as_printed_kk,
      deadline_rules.interpretation_en, deadline_rules.interpretation_ru,
      deadline_rules.interpretation_kk, deadline_rules.source)
      is distinct from (excluded.term_amount, excluded.term_unit, excluded.max_wait_minutes,
      excluded.max_service_minutes, excluded.term_as_printed_kk, excluded.interpretation_en,
      excluded.interpretation_ru, excluded.interpretation_kk, excluded.source)`.execute(db)
  await sql`insert into indicator_groups (standard_id, slug, position, heading_kk, heading_ru,
      heading_en)
    select standard_id, slug, position, heading_kk, heading_ru, heading_en
    from edition_indicator_groups where standard_id = ${standardId} and edition = ${edition}
    on conflict (standard_id, slug) do update set position = excluded.position,
      heading_kk = excluded.heading_kk, heading_ru = excluded.heading_ru,
      heading_en = excluded.heading_en
    where (indicator_groups.position, indicator_groups.heading_kk, indicator_groups.heading_ru,
      indicator_groups.heading_en) is distinct from (excluded.position, excluded.heading_kk,
      excluded.heading_ru, excluded.heading_en)`.execute(db)
  await mirrorIndicators(db, standardId, edition)
}

/** The indicators' identity rows take the values of the given edition's rows. */
async function mirrorIndicators(db: Db, standardId: string, edition: number) {
  await sql`insert into indicators (standard_id, code, position, group_slug, name_kk, name_ru,
      name_en, measure, normative_as_printed, normative_kind, normative_low, normative_high,
      direction, source)
    select standard_id, code, position, group_slug, name_kk, name_ru, name_en, measure,
      normative_as_printed, normative_kind, normative_low, normative_high, direction, source
    from edition_indicators where standard_id = ${standardId} and edition = ${edition}
    on conflict (standard_id, code) do update set position = excluded.position,
      group_slug = excluded.group_slug, name_kk = excluded.name_kk, name_ru = excluded.name_ru,
      name_en = excluded.name_en, normative_as_printed = excluded.normative_as_printed,
      normative_kind = excluded.normative_kind, normative_low = excluded.normative_low,
      normative_high = excluded.normative_high, direction = excluded.direction,
      source = excluded.source
    where (indicators.position, indicators.group_slug, indicators.name_kk, indicators.name_ru,
      indicators.name_en, indicators.normative_as_printed, indicators.normative_kind,
      indicators.normative_low, indicators.normative_high, indicators.direction,
      indicators.source)
      is distinct from (excluded.position, excluded.group_slug, excluded.name_kk,
      excluded.name_ru, excluded.name_en, excluded.normative_as_printed, excluded.normative_kind,
      excluded.normative_low, excluded.normative_high, excluded.direction, excluded.source)`.execute(
    db,
  )
}
