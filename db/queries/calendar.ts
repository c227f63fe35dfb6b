// The working calendar as the pages show it: the exceptions to the Monday–Friday week (holidays,
// transferred days off, weekend days made working) with their names, in date order.
import type { Db } from '../client.server'
import type { CalendarDayKind } from '../schema'

export interface CalendarDayRow {
  /** 'YYYY-MM-DD' */
  day: string
  kind: CalendarDayKind
  nameKk: string
  nameRu: string
  nameEn: string
}

/**
 * The calendar's exceptions, optionally only those in [from, to] ('YYYY-MM-DD', inclusive). A
 * working calendar for deadlines needs every exception around the dates it counts, so callers
 * that compute with it usually ask for all of them (a few dozen rows a year).
 */
export async function listCalendarDays(
  db: Db,
  range: { from?: string; to?: string } = {},
): Promise<CalendarDayRow[]> {
  let query = db
    .selectFrom('calendarDays as cd')
    .select(['cd.day', 'cd.kind', 'cd.nameKk', 'cd.nameRu', 'cd.nameEn'])
  if (range.from !== undefined) query = query.where('cd.day', '>=', range.from)
  if (range.to !== undefined) query = query.where('cd.day', '<=', range.to)
  return query.orderBy('cd.day').execute()
}
