// What the demo generator needs from the reference data: who serves what (with each office's
// current region and time zone), the deadline rules and the working calendar.
import { sql } from 'kysely'
import type { Db } from '../client.server'

export async function demoServices(db: Db) {
  return db
    .selectFrom('officeServices as s')
    .innerJoin('offices as o', 'o.id', 's.officeId')
    .innerJoin('officeRegions as orr', (join) =>
      join.onRef('orr.officeId', '=', 'o.id').on('orr.validTo', 'is', null),
    )
    .innerJoin('regions as r', 'r.id', 'orr.regionId')
    .select([
      'o.id as officeId',
      'o.code as officeCode',
      'o.kind as officeKind',
      sql<boolean>`o.district_id is not null`.as('hasDistrict'),
      'r.key as regionKey',
      'r.timeZone',
      's.standardId',
      's.channel',
    ])
    .orderBy('o.code')
    .orderBy('s.standardId')
    .orderBy('s.channel')
    .execute()
}

export async function demoRules(db: Db) {
  return db
    .selectFrom('deadlineRules')
    .select(['standardId', 'channel', 'variant', 'termAmount', 'termUnit', 'maxWaitMinutes'])
    .orderBy('standardId')
    .execute()
}

export async function calendarExceptions(db: Db) {
  return db.selectFrom('calendarDays').select(['day', 'kind']).orderBy('day').execute()
}

export async function complaintReviewDays(db: Db): Promise<Record<string, number>> {
  const rows = await db.selectFrom('standards').select(['id', 'complaintReviewDays']).execute()
  return Object.fromEntries(rows.map((r) => [r.id, r.complaintReviewDays]))
}

export async function countCases(db: Db): Promise<number> {
  const row = await db
    .selectFrom('cases')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return row.n
}
