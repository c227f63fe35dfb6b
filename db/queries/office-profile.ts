// One office as the office view shows it: its kind, names, district, contacts, the standards and
// channels it serves, and the regions it belonged to during a year (the last one first).
import { sql } from 'kysely'
import type { Db } from '../client.server'
import type { ChannelCode, OfficeKind } from '../schema'

export interface OfficeProfile {
  id: number
  code: string
  kind: OfficeKind
  nameKk: string
  nameRu: string
  nameEn: string
  addressKk: string | null
  phone: string | null
  districtCode: string | null
  districtNameKk: string | null
  districtNameRu: string | null
  districtNameEn: string | null
  services: { standardId: string; channel: ChannelCode }[]
  /** The office's regions in the year, the latest membership first (usually one). */
  regions: { id: number; code: string; nameKk: string; nameRu: string; nameEn: string }[]
}

export async function findOfficeProfile(
  db: Db,
  code: string,
  year: number,
): Promise<OfficeProfile | null> {
  const office = await db
    .selectFrom('offices as o')
    .leftJoin('districts as d', 'd.id', 'o.districtId')
    .select([
      'o.id',
      'o.code',
      'o.kind',
      'o.nameKk',
      'o.nameRu',
      'o.nameEn',
      'o.addressKk',
      'o.phone',
      'd.code as districtCode',
      'd.nameKk as districtNameKk',
      'd.nameRu as districtNameRu',
      'd.nameEn as districtNameEn',
    ])
    .where('o.code', '=', code)
    .executeTakeFirst()
  if (!office) return null
  const [services, regions] = await Promise.all([
    db
      .selectFrom('officeServices')
      .select(['standardId', 'channel'])
      .where('officeId', '=', office.id)
      .orderBy('standardId')
      .orderBy('channel')
      .execute(),
    db
      .selectFrom('officeRegions as m')
      .innerJoin('regions as r', 'r.id', 'm.regionId')
      .select(['r.id', 'r.code', 'r.nameKk', 'r.nameRu', 'r.nameEn'])
      .where('m.officeId', '=', office.id)
      .where('m.validFrom', '<=', `${year}-12-31`)
      .where(sql<boolean>`coalesce(m.valid_to, '9999-12-31') >= ${`${year}-01-01`}::date`)
      .orderBy('m.validFrom', 'desc')
      .execute(),
  ])
  return { ...office, services, regions }
}
