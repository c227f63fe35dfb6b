// The reference data an administrator edits on /admin/reference: the working calendar's
// exceptions and the deadline rules, and which stored facts an edit can reach.
import { sql } from 'kysely'
import type { Db } from '../client.server'
import type { CalendarDayKind, ChannelCode, TermUnit, VariantCode } from '../schema'

export interface CalendarDayRecord {
  day: string
  kind: CalendarDayKind
  nameKk: string
  nameRu: string
  nameEn: string
  source: string
}

export async function calendarDaysOfYear(db: Db, year: number): Promise<CalendarDayRecord[]> {
  return db
    .selectFrom('calendarDays')
    .select(['day', 'kind', 'nameKk', 'nameRu', 'nameEn', 'source'])
    .where('day', '>=', `${year}-01-01`)
    .where('day', '<=', `${year}-12-31`)
    .orderBy('day')
    .execute()
}

/** The first and last year the calendar has exceptions for. */
export async function calendarYearRange(db: Db): Promise<{ first: number; last: number } | null> {
  const row = await db
    .selectFrom('calendarDays')
    .select([
      sql<number | null>`min(extract(year from day))::int`.as('first'),
      sql<number | null>`max(extract(year from day))::int`.as('last'),
    ])
    .executeTakeFirstOrThrow()
  return row.first === null || row.last === null ? null : { first: row.first, last: row.last }
}

export async function findCalendarDay(db: Db, day: string) {
  return db
    .selectFrom('calendarDays')
    .select(['day', 'kind', 'nameKk', 'nameRu', 'nameEn', 'source'])
    .where('day', '=', day)
    .executeTakeFirst()
}

export async function insertCalendarDay(db: Db, row: CalendarDayRecord): Promise<void> {
  await db.insertInto('calendarDays').values(row).execute()
}

/** Deletes a day; the deleted row, or undefined when there was none. */
export async function deleteCalendarDay(db: Db, day: string) {
  return db
    .deleteFrom('calendarDays')
    .where('day', '=', day)
    .returning(['day', 'kind', 'nameKk', 'nameRu', 'nameEn', 'source'])
    .executeTakeFirst()
}

export interface RuleKey {
  standardId: string
  channel: ChannelCode
  variant: VariantCode
}

export async function findDeadlineRule(db: Db, key: RuleKey) {
  return db
    .selectFrom('deadlineRules')
    .select(['standardId', 'channel', 'variant', 'termAmount', 'termUnit'])
    .where('standardId', '=', key.standardId)
    .where('channel', '=', key.channel)
    .where('variant', '=', key.variant)
    .executeTakeFirst()
}

export async function updateDeadlineTerm(
  db: Db,
  key: RuleKey,
  term: { termAmount: number; termUnit: TermUnit },
): Promise<void> {
  await db
    .updateTable('deadlineRules')
    .set(term)
    .where('standardId', '=', key.standardId)
    .where('channel', '=', key.channel)
    .where('variant', '=', key.variant)
    .execute()
  // The identity row holds the latest edition's rule (decision 0033): the edit is that edition's.
  await db
    .updateTable('editionDeadlineRules')
    .set(term)
    .where('standardId', '=', key.standardId)
    .where('channel', '=', key.channel)
    .where('variant', '=', key.variant)
    .where(
      'edition',
      '=',
      db
        .selectFrom('standardEditions')
        .select(({ fn }) => fn.max('edition').as('edition'))
        .where('standardId', '=', key.standardId),
    )
    .execute()
}

/**
 * The earliest submission (or complaint receipt) day whose deadline a change of the working
 * calendar on `day` can move: a term only "sees" the days it counts, so the facts at stake are
 * those whose deadline (or complaint term) ends on or after `day`, and the suspended cases whose
 * suspension — counted in working days — reaches it. `day` itself when none is older.
 */
export async function firstDayReachingCalendarDay(db: Db, day: string): Promise<string> {
  const row = await db
    .selectNoFrom((eb) => [
      eb
        .selectFrom('cases')
        .select(sql<string | null>`min(submitted_on)`.as('d'))
        .where((w) =>
          w.or([
            w('dueOn', '>=', day),
            // A suspension end is an instant; the day before in UTC covers every +5/+6 zone.
            w('suspendedTo', '>=', sql<Date>`(${day}::date - 1)::timestamp at time zone 'UTC'`),
          ]),
        )
        .as('cases'),
      eb
        .selectFrom('complaints')
        .select(sql<string | null>`min(received_on)`.as('d'))
        .where('termEndsOn', '>=', day)
        .as('complaints'),
    ])
    .executeTakeFirstOrThrow()
  return [row.cases, row.complaints, day]
    .filter((d): d is string => d !== null)
    .reduce((a, b) => (a < b ? a : b))
}
