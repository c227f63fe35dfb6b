// The editions of the standards (migration 0023, decision 0033): their validity, appendix tables
// and deadline rules, and the copy of the latest edition into the standard's identity rows
// (deadline_rules, indicator_groups, indicators) that cases, targets and the rollups point to.
import { sql } from 'kysely'
import type { Db } from '../client.server'
import type { EditionIndicatorsTable, StandardEditionsTable } from '../schema'

/** An edition as every reader takes it: its act, validity and cancellation. */
export const EDITION_COLUMNS = [
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
] as const satisfies readonly (keyof StandardEditionsTable)[]

/** An appendix row of an edition, as the pages and the definition file read it. */
export const EDITION_INDICATOR_COLUMNS = [
  'edition',
  'code',
  'position',
  'groupSlug',
  'nameKk',
  'nameRu',
  'nameEn',
  'measure',
  'normativeAsPrinted',
  'normativeKind',
  'normativeLow',
  'normativeHigh',
  'direction',
] as const satisfies readonly (keyof EditionIndicatorsTable)[]

export type EditionRow = Pick<StandardEditionsTable, (typeof EDITION_COLUMNS)[number]>

/** Every edition (of some standards, or of all), in order of standard and number. */
export async function listEditions(db: Db, standardIds?: readonly string[]): Promise<EditionRow[]> {
  if (standardIds !== undefined && standardIds.length === 0) return []
  let query = db
    .selectFrom('standardEditions')
    .select(EDITION_COLUMNS)
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
    .select(['standardId', ...EDITION_INDICATOR_COLUMNS])
    .orderBy('standardId')
    .orderBy('edition')
    .orderBy('position')
  if (standardIds !== undefined) query = query.where('standardId', 'in', standardIds)
  return query.execute()
}

/**
 * An identity table and what its rows take from the latest edition's copies: the columns of its
 * key besides the standard, the columns copied on insert only (a code keeps its measure), and the
 * columns an edition may change.
 */
const IDENTITY_TABLES = [
  {
    table: 'deadline_rules',
    key: ['channel', 'variant'],
    insertOnly: [],
    values: [
      'term_amount',
      'term_unit',
      'max_wait_minutes',
      'max_service_minutes',
      'term_as_printed_kk',
      'interpretation_en',
      'interpretation_ru',
      'interpretation_kk',
      'source',
    ],
  },
  {
    table: 'indicator_groups',
    key: ['slug'],
    insertOnly: [],
    values: ['position', 'heading_kk', 'heading_ru', 'heading_en'],
  },
  {
    table: 'indicators',
    key: ['code'],
    insertOnly: ['measure'],
    values: [
      'position',
      'group_slug',
      'name_kk',
      'name_ru',
      'name_en',
      'normative_as_printed',
      'normative_kind',
      'normative_low',
      'normative_high',
      'direction',
      'source',
    ],
  },
] as const

/**
 * Copies the standard's latest edition (the highest number) into its identity rows: the deadline
 * rules, groups and indicators it lists are upserted (a row only when a value differs); rows it no
 * longer lists stay (cases and targets of earlier editions still point to them).
 */
export async function mirrorLatestEdition(db: Db, standardId: string): Promise<void> {
  const latest = await db
    .selectFrom('standardEditions')
    .select(({ fn }) => fn.max('edition').as('edition'))
    .where('standardId', '=', standardId)
    .executeTakeFirst()
  const edition = latest?.edition
  if (edition === undefined || edition === null) return
  for (const { table, key, insertOnly, values } of IDENTITY_TABLES) {
    const columns = ['standard_id', ...key, ...insertOnly, ...values].join(', ')
    const list = (prefix: string) => values.map((c) => `${prefix}.${c}`).join(', ')
    await sql`insert into ${sql.table(table)} (${sql.raw(columns)})
      select ${sql.raw(columns)} from ${sql.table(`edition_${table}`)}
      where standard_id = ${standardId} and edition = ${edition}
      on conflict (standard_id, ${sql.raw(key.join(', '))}) do update
      set ${sql.raw(values.map((c) => `${c} = excluded.${c}`).join(', '))}
      where (${sql.raw(list(table))}) is distinct from (${sql.raw(list('excluded'))})`.execute(db)
  }
}
