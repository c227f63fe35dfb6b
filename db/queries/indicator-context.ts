// Reference lookups the indicator engine needs around the counts: the indicators of the
// standards in scope, approved targets, and names and regions of scope units.
import { sql } from 'kysely'
import type { Db } from '../client.server'

export async function indicatorsForEngine(
  db: Db,
  standardId?: string,
  allowedStandardIds?: string[],
) {
  let query = db
    .selectFrom('indicators as i')
    .innerJoin('standards as s', 's.id', 'i.standardId')
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
      'i.direction',
      'i.normativeAsPrinted',
      'i.normativeKind',
      'i.normativeLow',
      'i.normativeHigh',
    ])
    .orderBy('s.decreeDate', 'desc')
    .orderBy('i.standardId')
    .orderBy('i.position')
  if (standardId !== undefined) query = query.where('i.standardId', '=', standardId)
  if (allowedStandardIds !== undefined) {
    if (allowedStandardIds.length === 0) return []
    query = query.where('i.standardId', 'in', allowedStandardIds)
  }
  return query.execute()
}

/** Approved targets of a year: national (regionId null) and regional. */
export async function approvedTargets(db: Db, year: number) {
  return db
    .selectFrom('targets')
    .select(['indicatorId', 'regionId', 'value'])
    .where('year', '=', year)
    .where('status', '=', 'approved')
    .execute()
}

export async function findRegionId(db: Db, code: string) {
  return (await db.selectFrom('regions').select('id').where('code', '=', code).executeTakeFirst())
    ?.id
}

export async function findDistrictId(db: Db, code: string) {
  return (await db.selectFrom('districts').select('id').where('code', '=', code).executeTakeFirst())
    ?.id
}

export async function findOfficeId(db: Db, code: string) {
  return (await db.selectFrom('offices').select('id').where('code', '=', code).executeTakeFirst())
    ?.id
}

export interface UnitInfo {
  id: number
  code: string
  nameKk: string
  nameRu: string
  nameEn: string
  /** The region the unit belonged to on the given day (for its regional target). */
  regionId: number | null
}

/** Names, codes and the region on `day` of regions, districts or offices. */
export async function unitsInfo(
  db: Db,
  kind: 'region' | 'district' | 'office',
  ids: number[],
  day: string,
): Promise<UnitInfo[]> {
  if (ids.length === 0) return []
  const onDay = sql`${day}::date`
  if (kind === 'region') {
    return db
      .selectFrom('regions')
      .select(['id', 'code', 'nameKk', 'nameRu', 'nameEn', 'id as regionId'])
      .where('id', 'in', ids)
      .execute()
  }
  if (kind === 'district') {
    return db
      .selectFrom('districts as d')
      .leftJoin('districtRegions as dr', (join) =>
        join
          .onRef('dr.districtId', '=', 'd.id')
          .on(sql<boolean>`${onDay} between dr.valid_from and coalesce(dr.valid_to, '9999-12-31')`),
      )
      .select(['d.id', 'd.code', 'd.nameKk', 'd.nameRu', 'd.nameEn', 'dr.regionId'])
      .where('d.id', 'in', ids)
      .execute()
  }
  return db
    .selectFrom('offices as o')
    .leftJoin('officeRegions as orr', (join) =>
      join
        .onRef('orr.officeId', '=', 'o.id')
        .on(sql<boolean>`${onDay} between orr.valid_from and coalesce(orr.valid_to, '9999-12-31')`),
    )
    .select(['o.id', 'o.code', 'o.nameKk', 'o.nameRu', 'o.nameEn', 'orr.regionId'])
    .where('o.id', 'in', ids)
    .execute()
}
