// Published annual reports (published_reports, frozen by a trigger: no update, no delete). An
// edition is year × scope (region, or the nation) × version; publishing again adds a version.
// The snapshot is read back as text and parsed here: Kysely's CamelCasePlugin would otherwise
// rewrite the keys inside the jsonb document.
import { sql } from 'kysely'
import type { Db } from '../client.server'

export interface EditionRow {
  id: number
  year: number
  /** null: the national report. */
  regionCode: string | null
  regionNameKk: string | null
  regionNameRu: string | null
  regionNameEn: string | null
  version: number
  dataVersion: string
  contentHash: string
  publishedAt: Date
  publishedByName: string | null
}

export interface EditionWithSnapshot extends EditionRow {
  snapshot: unknown
}

function editionsQuery(db: Db) {
  return db
    .selectFrom('publishedReports as p')
    .leftJoin('regions as r', 'r.id', 'p.regionId')
    .leftJoin('users as u', 'u.id', 'p.publishedBy')
    .select([
      'p.id',
      'p.year',
      'r.code as regionCode',
      'r.nameKk as regionNameKk',
      'r.nameRu as regionNameRu',
      'r.nameEn as regionNameEn',
      'p.version',
      'p.dataVersion',
      'p.contentHash',
      // published_at is Generated<Timestamp> in the schema; both engines return a Date.
      sql<Date>`p.published_at`.as('publishedAt'),
      'u.name as publishedByName',
    ])
}

/** Every edition (newest year first, the nation before the regions, versions in order). */
export async function listEditions(
  db: Db,
  filter: { year?: number; regionCode?: string | null; regionCodes?: string[] } = {},
): Promise<EditionRow[]> {
  let query = editionsQuery(db)
  if (filter.year !== undefined) query = query.where('p.year', '=', filter.year)
  if (filter.regionCode === null) query = query.where('p.regionId', 'is', null)
  else if (filter.regionCode !== undefined) query = query.where('r.code', '=', filter.regionCode)
  if (filter.regionCodes !== undefined) {
    if (filter.regionCodes.length === 0) return []
    query = query.where('r.code', 'in', filter.regionCodes)
  }
  return query
    .orderBy('p.year', 'desc')
    .orderBy(sql`r.code nulls first`)
    .orderBy('p.version')
    .execute()
}

/** One edition with its snapshot; undefined when it was never published. */
export async function findEdition(
  db: Db,
  key: { year: number; regionCode: string | null; version: number },
): Promise<EditionWithSnapshot | undefined> {
  let query = editionsQuery(db)
    .select(sql<string>`p.snapshot::text`.as('snapshotText'))
    .where('p.year', '=', key.year)
    .where('p.version', '=', key.version)
  query =
    key.regionCode === null
      ? query.where('p.regionId', 'is', null)
      : query.where('r.code', '=', key.regionCode)
  const row = await query.executeTakeFirst()
  if (!row) return undefined
  const { snapshotText, ...edition } = row
  return { ...edition, snapshot: JSON.parse(snapshotText) }
}

export interface NewEdition {
  year: number
  regionId: number | null
  dataVersion: string
  contentHash: string
  /** The model as canonical JSON text. */
  snapshotJson: string
  publishedBy: number | null
}

/**
 * Inserts the next version of an edition (1 for the first). Two publications racing for the same
 * version: the unique index refuses the second, which retries with the next number.
 */
export async function insertEdition(
  db: Db,
  edition: NewEdition,
): Promise<{ id: number; version: number; publishedAt: Date }> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.transaction().execute(async (tx) => {
        const latest = await tx
          .selectFrom('publishedReports')
          .select((eb) => eb.fn.max('version').as('version'))
          .where('year', '=', edition.year)
          .where(sql<boolean>`coalesce(region_id, 0) = ${edition.regionId ?? 0}`)
          .executeTakeFirst()
        const version = Number(latest?.version ?? 0) + 1
        return tx
          .insertInto('publishedReports')
          .values({
            year: edition.year,
            regionId: edition.regionId,
            version,
            dataVersion: edition.dataVersion,
            contentHash: edition.contentHash,
            snapshot: edition.snapshotJson,
            publishedBy: edition.publishedBy,
          })
          .returning(['id', 'version', sql<Date>`published_at`.as('publishedAt')])
          .executeTakeFirstOrThrow()
      })
    } catch (error) {
      const code = (error as { code?: string }).code
      if (code === '23505' && attempt < 3) continue
      throw error
    }
  }
}
